FROM rockylinux:9
# expect: DF011 "`apk add` without --no-cache"
RUN apk add curl=8.9.1-r2
# expect: DF011 "`yum install` leaves its cache in the layer; end the same RUN with `&& yum clean all`"
RUN yum install -y httpd
# expect: DF011 "`&& dnf clean all`"
RUN dnf clean all && dnf install -y httpd
# expect: DF011 "`&& microdnf clean all`"
RUN microdnf install -y nginx
# expect: DF011 "`&& zypper clean`"
RUN zypper -n install httpd
# expect: DF011 "`apk add`"
ONBUILD RUN apk add git
