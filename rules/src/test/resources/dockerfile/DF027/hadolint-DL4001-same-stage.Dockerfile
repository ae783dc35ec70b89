# hadolint DL4001 (wget and curl): each later use of the other tool is reported
FROM node:20-slim AS foo
RUN wget example.com
# expect: DF027
RUN curl localhost
RUN echo hello
# expect: DF027
RUN wget example.org
FROM node:20-slim AS one-run
# expect: DF027
RUN wget example.com && curl localhost
FROM node:20-slim AS only-wget
# ok: one tool
RUN wget example.com
FROM debian:12-slim AS only-curl
# ok: the other tool, in another stage
RUN curl localhost
