# hadolint DL3002
FROM debian:12-slim
USER root
RUN make install
# ok: back to a non-root user
USER foo
