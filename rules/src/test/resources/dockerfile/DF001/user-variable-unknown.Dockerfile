FROM debian:12-slim
ARG RUN_AS
# ok: no default, the user is chosen at build time: unknown, never a violation
USER $RUN_AS
