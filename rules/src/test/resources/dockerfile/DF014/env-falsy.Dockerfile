FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=off
# expect: DF014 "--no-cache-dir"
RUN pip install six==1.16.0
