# BusyBox's wget is in every Alpine image
# expect: DF004 "`HEALTHCHECK CMD wget -qO- http://localhost:8080/ || exit 1`"
FROM alpine:3.20
CMD ["/usr/local/bin/server"]
