FROM node:20 AS foo
RUN wget my.xyz
# expect: DF027 "both `wget` (line 2) and `curl`"
RUN curl localhost
RUN echo hello
# expect: DF027 "both `curl` (line 4) and `wget`"
RUN wget foo.com
FROM scratch
# ok: another stage
RUN curl localhost
