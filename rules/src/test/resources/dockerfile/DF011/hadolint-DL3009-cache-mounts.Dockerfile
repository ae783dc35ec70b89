# hadolint DL3009 with BuildKit mounts; a tmpfs mount keeps the directory out of the layer like a cache mount
FROM debian:12-slim
# ok: the lists live in a cache mount
RUN --mount=type=cache,target=/var/lib/apt/lists \
    apt-get update && apt-get install -y curl
# ok: both apt directories are cache mounts
RUN --mount=type=cache,target=/var/lib/apt \
    --mount=type=cache,target=/var/cache/apt \
    rm -f /etc/apt/apt.conf.d/docker-clean && \
    apt-get update && apt-get install -y git
# ok: the same, docker-clean removed in an earlier RUN
RUN --mount=type=cache,target=/var/cache/apt \
    --mount=type=cache,target=/var/lib/apt \
    apt-get update && apt-get install -y make
# ok: the same in a trigger
ONBUILD RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl
# the package cache alone is mounted: the lists stay in the layer
RUN --mount=type=cache,target=/var/cache/apt \
    rm -f /etc/apt/apt.conf.d/docker-clean && \
# expect: DF011
    apt-get update && apt-get install -y vim
# /var/lib/apt alone leaves /var/cache/apt (pkgcache.bin) in the layer
RUN --mount=type=cache,target=/var/lib/apt \
# expect: DF011
    apt-get update && apt-get install -y less
# ok: tmpfs mounts are discarded after the RUN
RUN --mount=type=tmpfs,target=/var/lib/apt/lists \
    --mount=type=tmpfs,target=/var/cache/apt \
    apt-get update && apt-get install -y --no-install-recommends wget
# ok: a tmpfs mount on the lists directory
RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y file
# expect: DF011
ONBUILD RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y vim
