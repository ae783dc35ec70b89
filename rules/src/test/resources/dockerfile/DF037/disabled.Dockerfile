FROM debian:12-slim
# expect: DF037 "`curl -kfsSLO`"
#        ^^^^^^^
RUN curl -kfsSLO https://example.com/tool.tgz
# expect: DF037 "--insecure"
RUN curl --insecure -o /tmp/x https://example.com/x
# expect: DF037 "--no-check-certificate"
RUN wget --no-check-certificate https://example.com/x
# expect: DF037 "--trusted-host"
RUN pip install --trusted-host pypi.example.com flask
# expect: DF037 "NODE_TLS_REJECT_UNAUTHORIZED"
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
# expect: DF037 "PYTHONHTTPSVERIFY"
RUN PYTHONHTTPSVERIFY=0 python fetch.py
# expect: DF037 "strict-ssl"
RUN npm config set strict-ssl false
# expect: DF037 "GIT_SSL_NO_VERIFY"
ENV GIT_SSL_NO_VERIFY=true
# expect: DF037 "http.sslVerify"
RUN git config --global http.sslVerify false
# expect: DF037 "sslverify=false"
RUN echo "sslverify=false" >> /etc/yum.conf
# expect: DF037 "http.sslVerify=false"
RUN git -c http.sslVerify=false clone https://example.com/repo.git
# expect: DF037 "NODE_TLS_REJECT_UNAUTHORIZED"
RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci
# expect: DF037 "--trusted-host"
RUN python3 -m pip install --trusted-host=pypi.example.com flask
# expect: DF037 "sslverify=false"
RUN dnf install -y --setopt=sslverify=false httpd
# expect: DF037 "NODE_TLS_REJECT_UNAUTHORIZED"
RUN env NODE_TLS_REJECT_UNAUTHORIZED=0 node fetch.js
