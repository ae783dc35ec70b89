# hadolint DL3002
FROM debian:12-slim
# ok: a non-root user
USER foo
