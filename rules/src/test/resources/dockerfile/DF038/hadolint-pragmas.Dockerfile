# hadolint's inline pragmas, honoured through DF038's equivalent DL3021
FROM node:20-slim AS foo
# ok: ignored
# hadolint ignore=DL3021
COPY a b c
# ok: ignored, among several
# hadolint ignore=DL3001,DL3021
COPY a b c
# ok: with extra whitespace after the comma
# hadolint ignore=DL3023, DL3021
COPY a b c
# ok: followed by a space
# hadolint ignore=DL3021 
COPY a b c
# ok: followed by a comment after an extra #
# hadolint ignore=DL3021 # three sources on purpose
COPY a b c
# ok: unknown but well-formed names are ignored, the known one counts
# hadolint ignore=SC2086,DL9999,DL3021
COPY a b c
# another rule only
# hadolint ignore=DL3001
# expect: DF038
COPY a b c
# hadolint does not honour a list holding a malformed name, so neither does ecslint
# hadolint ignore=crazy,DL3021
# expect: DF038
COPY a b c
# hadolint ignore=DL3021
RUN echo the pragma covers only the instruction right after it
# expect: DF038
COPY a b c
