FROM python:3.12-slim
# ok: versions pinned, in every manager's syntax
RUN apt-get install -y --no-install-recommends -t bookworm-backports openjdk-17-jdk=17.0.12+7-2~bpo12+1
RUN apt-get install -y python-demjson=2.2.2* wget=1.16.1* git=1:2.5.0*
RUN apk add --no-cache -X https://dl-cdn.alpinelinux.org/alpine/edge/testing flow=0.78.0-r0 git~2.45
RUN pip install MySQL_python==1.2.2 'alabaster>=0.7' 'six<2' 'attrs!=21.1' tomli~=2.0 x===1.0
RUN pip3 install --prefix /opt/yamllint yamllint==1.20.0
RUN pip install git+https://github.com/rtfd/r-ext.git@0.6-alpha#egg=r-ext
RUN npm install express@4.1.1 @myorg/privatepackage@">=0.1.0 <0.2.0" --loglevel verbose
RUN npm install git://github.com/npm/npm.git#v1.0.27
RUN gem install bundler -v '2.0.1'
RUN gem install bundler:2.0.1 --use-system-libraries true
RUN go install golang.org/x/tools/gopls@v0.16.2
# ok: requirement and constraint files, local packages, the project itself
RUN pip install -r requirements.txt
RUN pip install pykafka -c constraints.txt
RUN pip install . && pip install ./dist/app-1.0-py3-none-any.whl mypkg.tar.gz
RUN apt-get install -y ./wkhtmltox_0.12.5-1.bionic_amd64.deb
RUN apk add --allow-untrusted mypackage-1.1.1.apk
RUN npm install && npm ci && npm install ./folder ../folder ~/folder package-v1.2.3.tgz
RUN npm run --crazy install
RUN go install ./... && go install .
# ok: package lists held in variables are unknown
RUN apt-get install -y $buildDeps ${RUNTIME_PKGS}
RUN apk add --no-cache $(cat /tmp/apk-packages)
