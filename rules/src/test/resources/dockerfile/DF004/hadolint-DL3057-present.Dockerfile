# hadolint DL3057
FROM debian:12-slim
# ok: declared
HEALTHCHECK CMD /bin/check
