FROM python:3.12-slim AS base
ENV PIP_NO_CACHE_DIR=1
# ok: the stage (and the ones built on it) sets PIP_NO_CACHE_DIR
RUN pip install six==1.16.0
FROM base
RUN pip install flask==3.0.3
FROM python:3.12-slim
# ok: the flag, a per-command variable, an exported variable, a cache mount
RUN pip install --no-cache-dir -r requirements.txt
RUN pip3 install flask==3.0.3 --no-cache-dir
RUN PIP_NO_CACHE_DIR=true pip install flask==3.0.3
RUN export PIP_NO_CACHE_DIR=yes && pip install flask==3.0.3
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
# ok: not pip
RUN pipx install black==24.4.2 && pipenv install
