# hadolint DL3002: the last USER is root
FROM debian:12-slim
# expect: DF001
USER root
