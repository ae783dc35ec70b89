FROM debian:12-slim
# expect: DF034 "use `apt-get update`"
#   ^^^
RUN apt update && \
# expect: DF034 "use `apt-get install`"
    apt install -y curl
# expect: DF034 "apt-cache search"
RUN apt search curl
# expect: DF034 "apt-get install"
ONBUILD RUN apt install python
