FROM debian:12-slim
# ok: the commands after the export see it
RUN export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y --no-install-recommends tzdata
# ok: ENV keeps it
ENV PATH=$PATH:/opt/tool/bin
