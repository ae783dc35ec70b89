FROM debian:12-slim AS build
RUN make
FROM debian:12-slim
# ok: a version tag
COPY --from=hashicorp/terraform:1.9.5 /bin/terraform /usr/local/bin/terraform
# ok: a stage
COPY --from=build /out /out
# ok: pinned mount
RUN --mount=type=bind,from=golang:1.23,source=/usr/local/go,target=/go-sdk ls /go-sdk
