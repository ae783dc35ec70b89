FROM debian:12-slim AS base
ENV PIP_NO_CACHE_DIR=1
FROM debian:12-slim
# expect: DF014 "--no-cache-dir"
RUN pip install six==1.16.0
