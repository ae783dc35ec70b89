FROM node:20-alpine
# expect: DF018 "write it in exec form: `CMD ["node", "server.js"]`"
#   ^^^^^^^^^^^^^^
CMD node server.js
# expect: DF018 "ENTRYPOINT in shell form"
ENTRYPOINT /usr/local/bin/start.sh --port 8080
# expect: DF018 "CMD in shell form"
CMD npm run migrate && node server.js
# expect: DF018 "`CMD ["node", "index.js"]`"
ONBUILD CMD exec node index.js
