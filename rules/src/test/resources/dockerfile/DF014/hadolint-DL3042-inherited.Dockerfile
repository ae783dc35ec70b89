# hadolint DL3042: a stage inherits the ENV of the stage it is built FROM, not of other stages
FROM debian:12-slim AS base
ENV PIP_NO_CACHE_DIR=1
FROM base AS app
# ok: inherited from base
RUN pip install six==1.16.0
FROM debian:12-slim
# expect: DF014
RUN pip install six==1.16.0
