# expect: DF001 "no USER is set in the final stage,"
FROM node:20-alpine
WORKDIR /app
COPY . .
CMD ["node", "server.js"]
