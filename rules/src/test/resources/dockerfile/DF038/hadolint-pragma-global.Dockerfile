# hadolint global ignore = DL3023 , DL3021 # accepted here
FROM node:20-slim AS foo
# ok: ignored for the whole file
COPY a b c
RUN make
# ok: still ignored
COPY d e f
