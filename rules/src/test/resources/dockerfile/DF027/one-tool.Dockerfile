FROM node:20 AS build
# ok: only wget in this stage
RUN wget my.xyz
FROM node:20
# ok: only curl in this stage
RUN curl -fsSLO https://example.com/a && curl -fsSLO https://example.com/b
