FROM debian:12-slim
# expect: DF028 "`chmod 777 /app`"
#         ^^^
RUN chmod 777 /app
# expect: DF028 "a+rwx"
RUN chmod -R a+rwx /data
# expect: DF028 "o+w,u+x"
RUN chmod o+w,u+x /srv/file
# expect: DF028 "0666"
RUN mkdir /cache && chmod 0666 /cache/db
# expect: DF028 "777"
ONBUILD RUN chmod 777 /plugins
