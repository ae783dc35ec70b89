FROM node:20-alpine
# ok: WORKDIR is the way
WORKDIR /app
COPY . .
# ok: a subshell scopes the cd on purpose
RUN (cd vendor/lib && make) && npm ci --omit=dev
# ok: cd as a word, not a command
RUN echo cd /tmp && mkdir -p cd
