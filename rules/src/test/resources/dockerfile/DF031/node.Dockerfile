# expect: DF031 "compiles on `node:20`"
#    ^^^^^^^
FROM node:20
COPY . .
RUN npm ci && npm run build
CMD ["node", "dist/server.js"]
