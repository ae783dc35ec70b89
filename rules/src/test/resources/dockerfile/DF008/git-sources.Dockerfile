FROM alpine:3.20
# expect: DF008 "`git@github.com:moby/buildkit.git#v0.14.1`"
ADD git@github.com:moby/buildkit.git#v0.14.1 /src/buildkit
# expect: DF008 "`https://github.com/moby/buildkit.git`"
ONBUILD ADD https://github.com/moby/buildkit.git /src/buildkit
