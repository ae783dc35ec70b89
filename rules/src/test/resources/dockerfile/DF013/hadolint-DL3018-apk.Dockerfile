# hadolint DL3018 (apk add versions)
FROM alpine:3.20
# expect: DF013
RUN apk add flex
# ok: pinned
RUN apk add flex=2.6.4-r6
# ok: a fuzzy pin
RUN apk add --no-cache git~2.45
# ok: pinned, then a pinned requirements file
RUN apk add --no-cache flex=2.6.4-r6 \
 && pip install -r requirements.txt
# ok: every package pinned, one a line
RUN apk add --no-cache \
    flex=2.6.4-r6 \
    libffi=3.4.6-r0 \
    python3=3.12.8-r1 \
    libbz2=1.0.8-r6
RUN apk add --no-cache \
    flex=2.6.4-r6 \
# expect: DF013
    libffi \
    python3=3.12.8-r1 \
    libbz2=1.0.8-r6
# ok: --virtual takes a name
RUN apk add \
    --virtual build-dependencies \
    python3-dev=3.12.8-r1 build-base=0.5-r3 wget=1.24.5-r0 \
    && pip install -r requirements.txt \
    && python setup.py install \
    && apk del build-dependencies
# ok: --repository takes a URL
RUN apk add --no-cache \
    --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing \
    flow=0.78.0-r0
# ok: --repository= form
RUN apk add --no-cache \
    --repository=https://dl-cdn.alpinelinux.org/alpine/edge/testing \
    flow=0.78.0-r0
# ok: -X takes a URL
RUN apk add --no-cache \
    -X https://dl-cdn.alpinelinux.org/alpine/edge/testing \
    flow=0.78.0-r0
# ok: a local .apk file
RUN apk add mypackage-1.1.1.apk
# expect: DF013
ONBUILD RUN apk add flex
# ok: pinned in a trigger
ONBUILD RUN apk add flex=2.6.4-r6
