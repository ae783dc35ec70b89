# ok: the final stage builds on a stage that carries the label
FROM alpine:3.20 AS base
LABEL org.opencontainers.image.source="https://github.com/acme/api"
FROM base
USER 1000
