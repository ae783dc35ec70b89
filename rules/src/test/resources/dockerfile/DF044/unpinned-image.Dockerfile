FROM debian:12-slim AS build
RUN make
FROM debian:12-slim
# expect: DF044 "reads image `hashicorp/packer` without a tag"
#           ^^^^^^^^^^^^^^^^
COPY --from=hashicorp/packer /bin/packer /usr/local/bin/packer
# expect: DF044 "at `latest`"
COPY --from=ghcr.io/example/tools:latest /bin/tool /usr/local/bin/tool
# ok: a version tag
COPY --from=hashicorp/terraform:1.9.5 /bin/terraform /usr/local/bin/terraform
# ok: a digest
COPY --from=alpine@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d /bin/busybox /bin/busybox
# ok: a stage
COPY --from=build /out /out
# ok: a stage index
COPY --from=0 /out /out
# ok: a bare name is DF025's concern (no stage of that name)
COPY --from=nginx /etc/nginx/nginx.conf /etc/nginx/nginx.conf
