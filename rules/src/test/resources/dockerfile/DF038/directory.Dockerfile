FROM node:20-slim
# ok: a wildcard is one source, as hadolint counts
COPY *.json /app
# ok: a directory destination
COPY foo bar baz/
# ok: exec form with a directory destination
COPY ["a", "b", "/dest/"]
# ok: one source
COPY foo bar
ARG TARGET=/srv/
# ok: the variable ends with a slash
COPY a b ${TARGET}
