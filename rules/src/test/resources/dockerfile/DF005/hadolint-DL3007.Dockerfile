# hadolint DL3007 (latest)
# expect: DF005
FROM debian:latest
# expect: DF005
FROM debian:latest AS builder
# ok: a tag
FROM debian:bookworm
# ok: a digest
FROM docker.io/library/debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb
# ok: a tag, named
FROM debian:bookworm AS named
