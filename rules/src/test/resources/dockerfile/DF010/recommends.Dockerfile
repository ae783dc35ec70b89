FROM debian:12-slim
# expect: DF010 "`apt-get install` without --no-install-recommends"
#                     ^^^^^^^
RUN apt-get update && apt-get install -y curl \
    && rm -rf /var/lib/apt/lists/*
# expect: DF010 "--no-install-recommends"
RUN apt-get -y install python3
# expect: DF010 "--no-install-recommends"
ONBUILD RUN apt-get install -y git
