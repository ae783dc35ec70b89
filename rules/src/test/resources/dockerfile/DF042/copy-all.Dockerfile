FROM node:20-slim
WORKDIR /app
# expect: DF042 "no .dockerignore"
#    ^
COPY . .
# ok: reported once per Dockerfile
COPY . /srv
