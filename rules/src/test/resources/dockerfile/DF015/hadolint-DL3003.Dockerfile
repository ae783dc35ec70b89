# hadolint DL3003 (cd in RUN)
FROM debian:12-slim
# ok: WORKDIR
WORKDIR /opt
# expect: DF015
RUN cd /opt
