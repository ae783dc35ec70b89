FROM debian:12-slim
# ok: the lists live in a BuildKit cache mount, not in the layer
RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl
RUN --mount=type=cache,target=/var/lib/apt \
    --mount=type=cache,target=/var/cache/apt \
    apt-get update && apt-get install -y git
# expect: DF011 "apt-get install"
RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y vim
RUN --mount=type=cache,target=/var/cache/apk apk add curl
# expect: DF011 "`apk add` without --no-cache"
RUN --mount=type=cache,target=/var/cache/foo apk add -U curl
