FROM debian:12-slim
# ok: ignored through DL3002, with a trailing comment
# hadolint ignore=DL3002 # the entrypoint drops privileges with gosu
USER root
