FROM alpine:3.20
# expect: DF001 "runs as root"
USER root:wheel
