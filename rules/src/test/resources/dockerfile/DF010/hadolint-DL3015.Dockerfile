# hadolint DL3015 (--no-install-recommends)
FROM debian:12-slim
# ok: --no-install-recommends
RUN apt-get install --no-install-recommends curl
# expect: DF010
RUN apt-get install curl
# expect: DF010
RUN apt-get -y install curl
# ok: the option form
RUN apt-get -o APT::Install-Recommends=false install curl
# expect: DF010
ONBUILD RUN apt-get install curl
# ok: in a trigger
ONBUILD RUN apt-get -o APT::Install-Recommends=false install curl
