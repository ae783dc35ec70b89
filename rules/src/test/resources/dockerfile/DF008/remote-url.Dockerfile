FROM alpine:3.20
# expect: DF008 "ADD downloads `https://github.com/krallin/tini/releases/download/v0.19.0/tini` without --checksum"
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini
# expect: DF008 "`http://example.com/archive.tar.gz`"
ADD --chown=app http://example.com/archive.tar.gz /opt/
