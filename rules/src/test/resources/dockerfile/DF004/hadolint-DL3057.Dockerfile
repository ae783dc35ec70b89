# hadolint DL3057 (HEALTHCHECK missing), with images where a probe can run
FROM debian:12-slim AS base
HEALTHCHECK CMD /bin/check
# the final stage does not build on base
# expect: DF004
FROM debian:12-slim
