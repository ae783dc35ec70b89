FROM node:20-slim AS foo
# ok: ignored through DL3023
# hadolint ignore=DL3023, DL3021
COPY --from=foo bar baz .
