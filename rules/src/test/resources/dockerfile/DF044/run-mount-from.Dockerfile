FROM golang:1.23 AS build
# expect: DF044 "`RUN --mount=from=` reads image `library/golang` without a tag"
RUN --mount=type=bind,from=library/golang,source=/usr/local/go,target=/go-sdk ls /go-sdk
# ok: pinned
RUN --mount=type=bind,from=golang:1.23,source=/usr/local/go,target=/go-sdk ls /go-sdk
# ok: a cache mount without from
RUN --mount=type=cache,target=/root/.cache/go-build go build ./...
FROM build
