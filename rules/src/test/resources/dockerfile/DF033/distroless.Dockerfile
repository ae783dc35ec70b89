FROM golang:1.22 AS build
# ok: distroless
FROM gcr.io/distroless/static-debian12:nonroot
