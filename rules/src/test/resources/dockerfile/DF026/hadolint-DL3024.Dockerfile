# hadolint DL3024 (unique stage names)
FROM node:20-slim AS foo
RUN make
# ok: a new name
FROM debian:12-slim AS build
RUN make
# ok: a new name
FROM node:20-slim AS run
RUN make
# expect: DF026
FROM debian:12-slim AS foo
RUN make
