# hadolint DL3008 (apt-get install versions)
FROM debian:12-slim
# expect: DF013
RUN apt-get update && apt-get install python3
# ok: pinned, options grouped before install
RUN apt-get update \
 && apt-get -yqq --no-install-recommends install nodejs=18.19.0+dfsg-6~deb12u2 \
 && rm -rf /var/lib/apt/lists/*
# ok: wildcard pins
RUN apt-get update && apt-get install --no-install-recommends -y \
    python3-yaml=6.0* \
    wget=1.21.3* \
    git=1:2.39.* \
    ruby=1:3.1.*
# ok: pinned
RUN apt-get install -y python3=3.11.2-1+b1
# ok: a local package file
RUN apt-get install ./wkhtmltox_0.12.6-1.bookworm_amd64.deb
# ok: pinned, options after install
RUN apt-get -y --no-install-recommends install nodejs=18.19.0+dfsg-6~deb12u2
# ok: -t takes a value, the release name is no package
RUN set -e && \
 echo "deb http://deb.debian.org/debian bookworm-backports main" > /etc/apt/sources.list.d/backports.list && \
 apt-get update && \
 apt-get install -y --no-install-recommends -t bookworm-backports openjdk-17-jdk=17.0.12+7-2~deb12u1 && \
 rm -rf /var/lib/apt/lists/*
# expect: DF013
ONBUILD RUN apt-get update && apt-get install python3
# ok: pinned in a trigger
ONBUILD RUN apt-get install -y python3=3.11.2-1+b1
