FROM debian:12-slim
# expect: DF009 "`apt-get install` without `-y`"
#                     ^^^^^^^
RUN apt-get update && apt-get install --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
# expect: DF009 "`apt install`"
    && apt install git \
    && rm -rf /var/lib/apt/lists/*
