FROM golang:1.22 AS build
# ok: scratch
FROM scratch
