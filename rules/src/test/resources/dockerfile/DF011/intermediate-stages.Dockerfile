FROM ubuntu:24.04 AS tools
# ok: this stage is not shipped, only a file is copied out of it
RUN apt-get update && apt-get install -y curl
FROM ubuntu:24.04 AS base
# expect: DF011 "apt-get install"
RUN apt-get update && apt-get install -y python3
FROM base
COPY --from=tools /usr/bin/curl /usr/bin/curl
