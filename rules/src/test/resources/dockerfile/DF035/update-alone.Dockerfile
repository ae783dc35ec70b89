FROM debian:12-slim
# expect: DF035 "`apt-get update` runs alone"
RUN apt-get update
RUN apt-get install -y curl
FROM alpine:3.20
# expect: DF035 "apk update"
RUN apk update
FROM amazonlinux:2023
# expect: DF035 "yum makecache"
RUN yum makecache && echo refreshed
