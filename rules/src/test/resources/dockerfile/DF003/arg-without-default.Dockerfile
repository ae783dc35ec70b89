FROM node:20-alpine
# expect: DF003 "build argument `NPM_TOKEN` carries a secret"
#   ^^^^^^^^^
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
