# hadolint DL4000 (MAINTAINER)
FROM debian:12-slim
# expect: DF021
MAINTAINER Jane Doe <jane@example.com>
# ok: a label
LABEL maintainer="Jane Doe <jane@example.com>"
