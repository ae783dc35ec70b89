# hadolint DL3042: a falsy ENV PIP_NO_CACHE_DIR keeps the cache
FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=0
# expect: DF014
RUN pip install requests==2.32.3
ENV PIP_NO_CACHE_DIR=off
# expect: DF014
RUN pip install requests==2.32.3
ENV PIP_NO_CACHE_DIR=no
# expect: DF014
RUN pip install requests==2.32.3
ENV PIP_NO_CACHE_DIR=false
# expect: DF014
RUN pip install requests==2.32.3
