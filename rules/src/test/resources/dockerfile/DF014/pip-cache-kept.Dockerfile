FROM python:3.12-slim
# expect: DF014 "`pip install` without --no-cache-dir"
#   ^^^
RUN pip install -r requirements.txt
# expect: DF014 "`pip3 install`"
RUN pip3 install flask==3.0.3
# expect: DF014 "`pip install`"
RUN python3 -m pip install flask==3.0.3
# a falsy value keeps the cache
# expect: DF014 "`pip install`"
RUN PIP_NO_CACHE_DIR=0 pip install flask==3.0.3
# expect: DF014 "`pip install`"
ONBUILD RUN pip install -r requirements.txt
