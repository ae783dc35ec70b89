FROM debian:12-slim
# expect: DF012 "`apt-get upgrade` upgrades every package"
#                                ^^^^^^^
RUN apt-get update && apt-get -y upgrade && rm -rf /var/lib/apt/lists/*
# expect: DF012 "`apt-get dist-upgrade`"
RUN apt-get dist-upgrade -y
# expect: DF012 "`apk upgrade`"
RUN apk upgrade --no-cache
# expect: DF012 "`yum update`"
RUN yum update -y && yum clean all
# expect: DF012 "`dnf upgrade`"
ONBUILD RUN dnf upgrade -y
