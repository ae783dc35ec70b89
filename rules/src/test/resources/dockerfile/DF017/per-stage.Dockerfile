FROM node:20-alpine AS build
CMD ["npm", "test"]
ENTRYPOINT ["sh"]
HEALTHCHECK NONE
# ok: each stage counts on its own
FROM node:20-alpine
CMD ["node", "server.js"]
ENTRYPOINT ["docker-entrypoint.sh"]
HEALTHCHECK CMD wget -qO- http://localhost:3000/ || exit 1
# ok: an ONBUILD CMD is for the images built on this one
ONBUILD CMD ["node", "index.js"]
