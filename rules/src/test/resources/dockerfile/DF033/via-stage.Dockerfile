# expect: DF033 "ubuntu"
FROM ubuntu:24.04 AS base
RUN apt-get update
FROM base
