FROM alpine:3.20
# ok: upgrading named packages with a known fix
RUN apk upgrade --no-cache openssl libcrypto3
RUN yum update -y openssl && yum clean all
# ok: update refreshes the index, it does not upgrade
RUN apt-get update && apt-get install -y --only-upgrade openssl
RUN apk update
