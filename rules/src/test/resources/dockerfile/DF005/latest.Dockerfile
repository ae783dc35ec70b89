# expect: DF005 "image `node:latest` uses the `latest` tag"
#    ^^^^^^^^^^^
FROM node:latest
USER node
