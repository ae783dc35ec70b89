FROM debian:12-slim
# ok: set -o pipefail before the pipe
RUN set -o pipefail && curl -fsSL https://example.com/tool.tgz | tar -xz
# ok: set -euxo pipefail
RUN set -euxo pipefail; curl -fsSL https://example.com/tool.tgz | tar -xz
# expect: DF023 "curl"
RUN curl -fsSL https://example.com/tool.tgz | tar -xz && set -o pipefail
RUN apt-get update \
# expect: DF023 "`dpkg` pipes into `grep`"
    && dpkg -l | grep curl
