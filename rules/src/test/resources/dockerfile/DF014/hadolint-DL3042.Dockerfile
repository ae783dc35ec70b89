# hadolint DL3042 (pip --no-cache-dir)
FROM python:3.12-slim
# expect: DF014
RUN pip2 install requests==2.32.3
# expect: DF014
RUN pip3 install requests==2.32.3
# expect: DF014
RUN pip install requests==2.32.3
# ok: --no-cache-dir after the package
RUN pip2 install requests==2.32.3 --no-cache-dir
# ok: --no-cache-dir before it
RUN pip3 install --no-cache-dir requests==2.32.3
# ok: pipx is not pip
RUN pipx install black==24.8.0
# ok: pipenv is not pip
RUN pipenv install flask==3.0.3
# ok: a truthy PIP_NO_CACHE_DIR prefix
RUN PIP_NO_CACHE_DIR=1 pip install requests==2.32.3
# ok: on
RUN PIP_NO_CACHE_DIR=on pip install requests==2.32.3
# ok: yes
RUN PIP_NO_CACHE_DIR=yes pip install requests==2.32.3
# ok: true
RUN PIP_NO_CACHE_DIR=true pip install requests==2.32.3
# ok: exported truthy
RUN export PIP_NO_CACHE_DIR=1 && pip install requests==2.32.3
# ok: exported on
RUN export PIP_NO_CACHE_DIR=on && pip install requests==2.32.3
# ok: exported yes
RUN export PIP_NO_CACHE_DIR=yes && pip install requests==2.32.3
# ok: exported true
RUN export PIP_NO_CACHE_DIR=true && pip install requests==2.32.3
# expect: DF014
RUN PIP_NO_CACHE_DIR=0 pip install requests==2.32.3
# expect: DF014
RUN PIP_NO_CACHE_DIR=off pip install requests==2.32.3
# expect: DF014
RUN PIP_NO_CACHE_DIR=no pip install requests==2.32.3
# expect: DF014
RUN PIP_NO_CACHE_DIR=false pip install requests==2.32.3
# expect: DF014
RUN export PIP_NO_CACHE_DIR=0 && pip install requests==2.32.3
# expect: DF014
RUN export PIP_NO_CACHE_DIR=off && pip install requests==2.32.3
# expect: DF014
RUN export PIP_NO_CACHE_DIR=no && pip install requests==2.32.3
# expect: DF014
RUN export PIP_NO_CACHE_DIR=false && pip install requests==2.32.3
# ok: a cache mount on pip's cache
RUN --mount=type=cache,target=/root/.cache/pip pip install requests==2.32.3
# ok: a tmpfs mount on pip's cache works like a cache mount
RUN --mount=type=tmpfs,target=/root/.cache/pip pip install requests==2.32.3
# expect: DF014
ONBUILD RUN pip install requests==2.32.3
# ok: the same in a trigger, with --no-cache-dir
ONBUILD RUN pip install requests==2.32.3 --no-cache-dir
# ok: pipx in a trigger
ONBUILD RUN pipx install black==24.8.0
