FROM node:20 AS build
RUN npm ci
# expect: DF026 "`Build` is already used by the stage at line 1"
#                   ^^^^^
FROM golang:1.22 AS Build
RUN go build ./...
