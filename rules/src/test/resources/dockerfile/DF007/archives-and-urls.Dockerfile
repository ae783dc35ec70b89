FROM alpine:3.20
# ok: ADD extracts local archives
ADD rootfs.tar /
ADD vendor/tools.tar.gz vendor/more.tgz /opt/
ADD data.tar.bz2 data.tbz data.tar.xz data.txz /data/
ADD file.gz file.bz2 file.xz file.zst /data/
# ok: remote sources are DF008's business
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool /usr/local/bin/tool
ADD git@github.com:moby/buildkit.git#v0.14.1 /src
# ok: a source in a variable may be a URL or an archive
ARG PAYLOAD
ADD ${PAYLOAD} /payload/
# ok: COPY is the right instruction
COPY app.jar /app/
