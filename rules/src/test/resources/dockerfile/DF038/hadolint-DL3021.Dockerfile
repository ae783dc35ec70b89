# hadolint DL3021 (several sources need a directory destination)
FROM debian:12-slim
# ok: one source
COPY foo bar
# expect: DF038
COPY foo bar baz
# ok: a directory
COPY foo bar baz/
