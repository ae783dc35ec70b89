FROM alpine:3.20
# ok: HEALTHCHECK NONE is an explicit decision
HEALTHCHECK NONE
CMD ["/usr/local/bin/worker"]
