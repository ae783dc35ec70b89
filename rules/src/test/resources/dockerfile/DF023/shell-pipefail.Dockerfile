FROM debian:12-slim AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# ok: bash with -o pipefail
RUN wget -O - https://some.site | wc -l > /number
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
# ok: -eo pipefail
RUN wget -O - https://some.site | wc -l > /number
SHELL ["/usr/bin/zsh", "-o", "pipefail", "-c"]
# ok: zsh at another path
RUN wget -O - https://some.site | wc -l > /number
FROM debian:12-slim
# expect: DF023 "pipefail"
RUN wget -O - https://some.site | wc -l > /number
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
# expect: DF023 "`curl` pipes into `tar`"
RUN curl -fsSL https://example.com/tool.tgz | tar -xz
