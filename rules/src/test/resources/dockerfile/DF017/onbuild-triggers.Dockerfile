FROM node:20-alpine
CMD ["node", "server.js"]
ONBUILD CMD ["node", "a.js"]
# expect: DF017 "the ONBUILD triggers of this stage already include a CMD (line 3)"
ONBUILD CMD ["node", "b.js"]
