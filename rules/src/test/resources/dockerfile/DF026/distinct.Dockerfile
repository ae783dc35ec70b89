FROM node:20 AS build-web
# ok: different names
FROM golang:1.22 AS build-api
FROM build-web
# ok: unnamed stages never clash
FROM alpine:3.20
