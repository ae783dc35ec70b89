ARG TOOLS_IMAGE=ghcr.io/example/tools
FROM debian:12-slim
ARG TOOLS_IMAGE
# expect: DF044 "`${TOOLS_IMAGE}` (`ghcr.io/example/tools`)"
COPY --from=${TOOLS_IMAGE} /bin/tool /usr/local/bin/tool
ARG PINNED=ghcr.io/example/tools:2.1
# ok: its default carries a tag
COPY --from=${PINNED} /bin/tool /usr/local/bin/tool2
# ok: unknown
COPY --from=${UNSET} /bin/tool /usr/local/bin/tool3
