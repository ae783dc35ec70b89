# ok: a Node image that only installs and runs
FROM node:20-slim
COPY . .
RUN npm ci --omit=dev
CMD ["node", "server.js"]
