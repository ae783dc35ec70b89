FROM alpine:3.20
# ok: the download is verified
ADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini
# ok: local files and COPY of URLs-looking paths
ADD rootfs.tar.gz /
COPY http-client.conf /etc/
