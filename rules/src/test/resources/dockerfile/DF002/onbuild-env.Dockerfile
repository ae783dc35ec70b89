FROM node:20-alpine
# expect: DF002 "ENV `NPM_TOKEN`"
ONBUILD ENV NPM_TOKEN=npm_abcdefghijklmnop
