ARG BASE=python:3.12-slim
ARG REGISTRY
# ok: the ARG default carries a tag
FROM ${BASE}
# ok: no default, so the image is unknown, never untagged
FROM ${REGISTRY}/app
