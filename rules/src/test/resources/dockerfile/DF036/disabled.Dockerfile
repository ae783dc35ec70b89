FROM debian:12-slim
# expect: DF036 "`--allow-unauthenticated`"
#                      ^^^^^^^^^^^^^^^^^^^^^^^
RUN apt-get install -y --allow-unauthenticated curl
# expect: DF036 "--force-yes"
RUN apt-get install -y --force-yes curl
FROM alpine:3.20
# expect: DF036 "--allow-untrusted"
RUN apk add --allow-untrusted /tmp/pkg.apk
FROM rockylinux:9
# expect: DF036 "--nogpgcheck"
RUN dnf install -y --nogpgcheck epel-release
# expect: DF036 "--nosignature"
RUN rpm -i --nosignature /tmp/pkg.rpm
# expect: DF036 "gpgcheck=0"
RUN echo "gpgcheck=0" >> /etc/yum.conf
# expect: DF036 "gpgcheck=0"
RUN yum install -y --setopt=gpgcheck=0 httpd
# expect: DF036 "--force-yes"
RUN sudo apt-get install -y --force-yes curl
# expect: DF036 "trusted=yes"
RUN echo "deb [trusted=yes] http://mirror.example.com/debian bookworm main" > /etc/apt/sources.list
