# ok: tag, digest, registry with port and tag
FROM golang:1.9.3-alpine3.7 AS build
FROM ruby@sha256:f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc9f1dbca0f5dbc91234
FROM localhost:5000/team/app:2.1
# ok: an earlier stage, any case
FROM BUILD AS unit-test
# ok: scratch
FROM scratch
