# hadolint DL3019 (apk add --no-cache)
FROM alpine:3.20
# expect: DF011
RUN apk add flex=2.6.4-r6
# ok: --no-cache
RUN apk add --no-cache flex=2.6.4-r6
# ok: a cache mount on /var/cache/apk
RUN --mount=type=cache,target=/var/cache/apk apk add -U curl=8.9.1-r2
# ok: --no-cache, whatever else is mounted
RUN --mount=type=cache,target=/var/cache/other apk add --no-cache -U curl=8.9.1-r2
# a mount elsewhere does not keep /var/cache/apk out of the layer
# expect: DF011
RUN --mount=type=cache,target=/var/cache/other apk add -U curl=8.9.1-r2
# ok: a tmpfs mount on /var/cache/apk
RUN --mount=type=tmpfs,target=/var/cache/apk apk add -U git=2.45.2-r0
# expect: DF011
ONBUILD RUN apk add flex=2.6.4-r6
# ok: the same in a trigger
ONBUILD RUN apk add --no-cache flex=2.6.4-r6
# expect: DF011
ONBUILD RUN --mount=type=cache,target=/var/cache/other apk add -U curl=8.9.1-r2
