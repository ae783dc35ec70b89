FROM alpine:3.20
# expect: DF021 "`LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"` instead"
MAINTAINER Jane Doe <jane@example.com>
