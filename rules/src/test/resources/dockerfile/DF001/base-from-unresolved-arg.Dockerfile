ARG BASE_IMAGE
# ok: the base image is unknown, so is its default user
FROM ${BASE_IMAGE}
COPY app /app
