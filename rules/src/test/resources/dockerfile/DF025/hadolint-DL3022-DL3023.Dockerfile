# hadolint DL3022 (COPY --from an earlier stage) and DL3023 (not its own stage)
FROM debian:12-slim
# expect: DF025
COPY --from=nowhere bar .
# expect: DF025
COPY --from=build foo .
FROM node:20-slim AS build
RUN make
FROM node:20-slim AS run
# ok: an earlier stage
COPY --from=build foo .
FROM node:20-slim AS foo
# expect: DF025
COPY --from=foo bar .
