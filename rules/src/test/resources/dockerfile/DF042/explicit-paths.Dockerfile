FROM node:20-slim AS build
WORKDIR /app
# ok: named paths only
COPY package.json server.js ./
FROM node:20-slim
# ok: copying a stage's directory is not the build context
COPY --from=build . /app
