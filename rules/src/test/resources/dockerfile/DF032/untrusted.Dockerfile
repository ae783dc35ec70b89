ARG BASE=ghcr.io/example/base:1.0
# expect: DF032 "docker.io"
#    ^^^^^^^^^^^^
FROM node:20-slim AS build
# expect: DF032 "quay.io"
FROM quay.io/prometheus/busybox:1.36
# expect: DF032 "public.ecr.aws"
FROM public.ecr.aws/otherorg/app:1.0
# expect: DF032 "ghcr.io"
FROM ${BASE}
