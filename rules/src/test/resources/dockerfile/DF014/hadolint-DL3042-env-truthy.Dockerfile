# hadolint DL3042: a truthy ENV PIP_NO_CACHE_DIR disables the cache for the later pip installs of the stage
FROM python:3.12-slim
ENV PIP_NO_CACHE_DIR=1
# ok: disabled by ENV PIP_NO_CACHE_DIR=1
RUN pip install requests==2.32.3
ENV PIP_NO_CACHE_DIR=on
# ok: disabled by ENV PIP_NO_CACHE_DIR=on
RUN pip install requests==2.32.3
ENV PIP_NO_CACHE_DIR=yes
# ok: disabled by ENV PIP_NO_CACHE_DIR=yes
RUN pip install requests==2.32.3
ENV PIP_NO_CACHE_DIR=true
# ok: disabled by ENV PIP_NO_CACHE_DIR=true
RUN pip install requests==2.32.3
