# hadolint DL3002: root only in an earlier stage, which switches back
FROM debian:12-slim AS base
USER root
RUN make
USER foo
FROM base
# ok: foo is the user in force
RUN make install
