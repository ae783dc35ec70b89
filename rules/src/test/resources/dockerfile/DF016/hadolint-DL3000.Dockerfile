# hadolint DL3000 (absolute WORKDIR)
FROM debian:12-slim
# expect: DF016
WORKDIR relative/dir
# ok: absolute
WORKDIR /usr/local
# ok: a variable
WORKDIR ${work}
# expect: DF016
WORKDIR 'relative/dir'
# ok: quoted absolute
WORKDIR '/usr/local'
# expect: DF016
WORKDIR "relative/dir"
# ok: double-quoted absolute
WORKDIR "/usr/local"
# ok: a quoted variable
WORKDIR "${dir}"
# ok: a Windows drive
WORKDIR 'C:\'
# ok: a quoted Windows drive
WORKDIR "C:\\"
# ok: a Windows drive with a slash
WORKDIR C:/
# ok: quoted, with a slash
WORKDIR "C:/"
