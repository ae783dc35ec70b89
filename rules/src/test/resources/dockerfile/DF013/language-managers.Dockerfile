FROM python:3.12-slim
# expect: DF013 "`pip install` installs `flask` without a version"
RUN pip install --no-cache-dir flask
# expect: DF013 "`pip3 install` installs `MySQL_python`"
RUN pip3 install MySQL_python
# expect: DF013 "`example`"
RUN python -m pip install --index-url https://pypi.example.com/simple example
# expect: DF013 "`git+https://github.com/rtfd/read-ext.git#egg=read-ext`"
RUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext
# expect: DF013 "`npm install` installs `express` without a version"
RUN npm install express sax@0.1.1
# expect: DF013 "`@myorg/privatepackage@<version>` (`@latest` moves)"
RUN npm install -g @myorg/privatepackage
# expect: DF013 "`npm@<version>` (`@latest` moves)"
RUN npm install -g npm@latest
# expect: DF013 "`express`"
RUN npm install --registry https://registry.example.com express
# expect: DF013 "`git+ssh://git@github.com:npm/npm.git`"
RUN npm install git+ssh://git@github.com:npm/npm.git
# expect: DF013 "`gem install` installs `bundler`"
RUN gem install bundler
# expect: DF013 "`nokogiri`"
RUN gem i bundler:1 nokogiri
# expect: DF013 "`go install` installs `golang.org/x/tools/gopls`"
RUN go install golang.org/x/tools/gopls
# expect: DF013 "(`@latest` moves)"
RUN go install github.com/go-delve/delve/cmd/dlv@latest
