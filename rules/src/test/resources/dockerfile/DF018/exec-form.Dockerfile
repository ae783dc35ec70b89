FROM node:20-alpine
# ok: exec form, with or without spaces
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node", "server.js"]
CMD [ "node", "server.js" ]
# ok: an explicit shell in exec form is a choice (DF018 is about the implicit /bin/sh -c)
CMD ["sh", "-c", "exec node server.js"]
# ok: RUN in shell form is fine
RUN npm ci --omit=dev
