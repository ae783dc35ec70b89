FROM node:20-slim
WORKDIR /app
# expect: DF030 "before `npm ci`"
#    ^
COPY . .
RUN npm ci
