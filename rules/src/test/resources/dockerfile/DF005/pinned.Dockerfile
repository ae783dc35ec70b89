# ok: a version tag
FROM node:20.11-alpine AS build
# ok: latest with a digest is pinned by the digest
FROM node:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb AS test
# ok: a stage alias, scratch, an unknown variable
FROM build AS final
FROM scratch
ARG TAG
FROM node:${TAG}
# ok: a registry port is not a tag
FROM localhost:5000/latest:1.0
