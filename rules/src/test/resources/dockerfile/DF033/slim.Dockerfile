# ok: only the final stage counts
FROM node:20 AS build
# ok: alpine variant
FROM node:20-alpine
