# hadolint DL3057: inherited from the stage the final stage builds on
FROM debian:12-slim AS base
HEALTHCHECK CMD /bin/check
# ok: inherited
FROM base
