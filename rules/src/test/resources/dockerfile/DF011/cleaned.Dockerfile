FROM debian:12-slim
# ok: each install cleans up in the same RUN
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN apk add --no-cache git
RUN apk add --update git && rm -rf /var/cache/apk/*
RUN yum install -y httpd && yum clean all
RUN dnf install -y httpd && rm -rf /var/cache/dnf
RUN microdnf install -y nginx && microdnf clean all
RUN dnf install -y httpd && rm -rf /var/cache/yum/*
RUN zypper -n install httpd && zypper clean
RUN zypper -n install httpd && zypper cc
# ok: --no-network installs from what is already there, without fetching an index
RUN apk add --no-network --virtual .rundeps libffi=3.4.6-r0
