# hadolint DL3002: the final stage builds on a stage whose last USER is root
FROM debian:12-slim AS base
# expect: DF001
USER root
RUN make
FROM base
RUN make install
