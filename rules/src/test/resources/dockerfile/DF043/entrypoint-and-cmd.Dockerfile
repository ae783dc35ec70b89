FROM node:20-slim
ENTRYPOINT ["sh", "-c"]
# the command string comes from CMD
# expect: DF043 "`node server.js`"
CMD ["node server.js"]
