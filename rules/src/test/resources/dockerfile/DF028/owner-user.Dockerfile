FROM debian:12-slim
# the final stage names its user: the fix gives the directory to that user
# expect: DF028 "`chown app /data`"
RUN chmod 777 /data
USER app
