FROM alpine:3.20
# ok: the OCI label replaces MAINTAINER
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
LABEL maintainer="jane@example.com"
