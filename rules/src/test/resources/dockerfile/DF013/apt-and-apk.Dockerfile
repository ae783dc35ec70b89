FROM debian:12-slim
# expect: DF013 "`apt-get install` installs `curl`, `git` without a version"
#                                                                ^^^^
RUN apt-get update && apt-get install -y --no-install-recommends curl git \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get install -y --no-install-recommends \
    python3=3.11.2-1+b1 \
# expect: DF013 "`libpq5`"
    libpq5 \
    ca-certificates=20230311
# expect: DF013 "`apk add` installs `flex`"
RUN apk add --no-cache flex
# expect: DF013 "`libffi`"
RUN apk add --no-cache --virtual .build-deps flex=2.6.4-r1 libffi python3=3.12.3-r1
# expect: DF013 "e.g. `python=<version>`"
ONBUILD RUN apt-get install python
