# hadolint DL3013 (pip versions)
FROM python:3.12-slim
# expect: DF013
RUN pip2 install requests
# expect: DF013
RUN pip3 install requests
# ok: pinned
RUN pip3 install requests==2.32.3
# ok: a wheel file
RUN pip3 install mypackage-1.0-py3-none-any.whl
# ok: an sdist file
RUN pip3 install mypackage-1.0.tar.gz
# ok: a requirements file
RUN pip install -r requirements.txt
# ok: the long form
RUN pip install --requirement requirements.txt
# ok: the project in the build context
RUN pip install .
# expect: DF013
RUN pip install requests
# ok: pinned
RUN pip install requests==2.32.3
# ok: compatible release
RUN pip install requests~=2.32.3
# ok: arbitrary equality
RUN pip install requests===2.32.3
# ok: with --ignore-installed
RUN pip install --ignore-installed requests==2.32.3
# ok: --build takes a directory
RUN pip3 install --build /opt/yamllint yamllint==1.35.1
# ok: --prefix takes a directory
RUN pip3 install --prefix /opt/yamllint yamllint==1.35.1
# ok: --root takes a directory
RUN pip3 install --root /opt/yamllint yamllint==1.35.1
# ok: --target takes a directory
RUN pip3 install --target /opt/yamllint yamllint==1.35.1
# ok: --trusted-host takes a host
RUN pip3 install --trusted-host pypi.example.com requests==2.32.3
# ok: python -m pip, pinned
RUN python -m pip install requests==2.32.3
# expect: DF013
RUN python -m pip install requests
# expect: DF013
RUN python -m pip install --index-url https://pypi.example.com/simple requests
# ok: a git requirement pinned to a tag
RUN pip install git+https://github.com/example/tool.git@v0.6#egg=tool
# ok: the same over ssh
RUN pip install git+ssh://git@github.com/example/tool.git@v0.6#egg=tool
# expect: DF013
RUN pip install git+https://github.com/example/tool.git#egg=tool
# expect: DF013
RUN pip install git+ssh://git@github.com/example/tool.git#egg=tool
# ok: a local directory
RUN pip install vendor/tool
# ok: a relative directory
RUN pip install ./packages/tool
# ok: an archive URL names one file
RUN pip install https://files.example.com/tool-1.0.zip
# ok: a lower bound
RUN pip install 'requests>=2.32'
# ok: an upper bound
RUN pip install 'requests<3'
# ok: an excluded version
RUN pip install 'requests!=2.31.0'
# ok: --user
RUN pip install requests==2.32.3 --user
# ok: --disable-pip-version-check
RUN pip install requests==2.32.3 --disable-pip-version-check
# ok: --index-url takes a URL
RUN pip install --index-url https://pypi.example.com/simple requests==2.32.3
# ok: --extra-index-url too
RUN pip install --index-url https://pypi.example.com/simple --extra-index-url https://mirror.example.com/simple requests==2.32.3
# ok: --no-cache-dir
RUN pip install requests==2.32.3 --no-cache-dir
# ok: a constraints file pins the versions
RUN pip install kafka-python --constraint https://example.com/constraints.txt
# ok: the short form
RUN pip install kafka-python -c https://example.com/constraints.txt
# ok: index URLs with credentials
RUN pip install --index-url https://user:token@pypi.example.com/simple --extra-index-url https://user:token@mirror.example.com/simple requests==2.32.3
# ok: pipenv is not pip
RUN pipenv install black
# expect: DF013
ONBUILD RUN pip install requests
# ok: pinned in a trigger
ONBUILD RUN pip3 install requests==2.32.3
# ok: a local directory in a trigger
ONBUILD RUN pip install vendor/tool
