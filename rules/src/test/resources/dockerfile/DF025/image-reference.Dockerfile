FROM alpine:3.20
# ok: an image reference with a tag
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/
# ok: an image reference with a registry path
COPY --from=docker.io/library/busybox /bin/busybox /bin/
ARG TOOLS_IMAGE=ghcr.io/example/tools:1.0
# ok: a variable resolving to an image reference
COPY --from=${TOOLS_IMAGE} /usr/bin/tool /usr/bin/
# ok: a variable without a value is unknown
COPY --from=${SOURCE_STAGE} /x /x
