FROM node:20-alpine
CMD ["node", "migrate.js"]
ENTRYPOINT ["docker-entrypoint.sh"]
HEALTHCHECK CMD wget -qO- http://localhost:3000/ || exit 1
# expect: DF017 "this stage already has a CMD (line 2)"
CMD ["node", "server.js"]
# expect: DF017 "ENTRYPOINT"
ENTRYPOINT ["tini", "--"]
# expect: DF017 "HEALTHCHECK (line 4)"
HEALTHCHECK NONE
# expect: DF017 "CMD (line 2)"
CMD node worker.js
