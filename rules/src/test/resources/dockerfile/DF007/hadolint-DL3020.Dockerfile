# hadolint DL3020 (COPY instead of ADD)
FROM debian:12-slim
# ok: a tar archive ADD extracts
ADD file.tar /usr/src/app/
# ok: gzip
ADD file.gz /usr/src/app/
# ok: bzip2
ADD file.bz2 /usr/src/app/
# ok: xz
ADD file.xz /usr/src/app/
# ok: tgz
ADD file.tgz /usr/src/app/
# ok: a URL is DF008's concern
ADD http://example.com/file /usr/src/app/
# expect: DF007
ADD file /usr/src/app/
# ADD does not extract zip files
# expect: DF007
ADD file.zip /usr/src/app/
# ok: quoted tgz
ADD "file.tgz" /usr/src/app/
# ok: a quoted URL
ADD "http://example.com/file" /usr/src/app/
# expect: DF007
ADD "file.zip" /usr/src/app/
