# ok: Chainguard images default to a non-root user
FROM cgr.dev/chainguard/node:latest
COPY . /app
CMD ["server.js"]
