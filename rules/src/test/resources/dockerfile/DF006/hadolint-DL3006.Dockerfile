# hadolint DL3006 (untagged images)
# expect: DF006
FROM debian
# expect: DF006
FROM debian AS builder
# ok: a digest
FROM ruby@sha256:f1dbca0f5dbc9e2c4e7c8b1aa5d3a1e1f0d7f5ee1f5c0e21c3b2a1f0e9d8c7b6
# ok: a tag
FROM ruby:3
# ok: a variable without default is unknown
FROM ${VALUE}
FROM golang:1.23-alpine3.20 AS build
RUN foo
# ok: an earlier stage
FROM build AS unit-test
RUN bar
# expect: DF006
FROM node AS other-test
RUN bar
# ok: scratch
FROM scratch
