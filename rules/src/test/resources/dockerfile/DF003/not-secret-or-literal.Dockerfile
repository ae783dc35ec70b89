FROM node:20-alpine
# ok: ordinary build arguments
ARG NODE_ENV=production
ARG TOKEN_TTL
ARG SECRET_ID
# ok: a literal default is a hard-coded secret, reported by DF002 instead
ARG API_KEY=abc123
# ok: ENV is not a build argument
ENV NPM_TOKEN=${NPM_TOKEN}
# ok: the secret comes from a secret mount
RUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci
