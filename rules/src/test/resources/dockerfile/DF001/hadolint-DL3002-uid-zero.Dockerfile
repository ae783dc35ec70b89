# hadolint DL3002
FROM debian:12-slim
# expect: DF001
USER 0
