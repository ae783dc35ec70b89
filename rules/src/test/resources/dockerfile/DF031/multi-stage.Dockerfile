# ok: the toolchain stays in the build stage
FROM golang:1.22 AS build
RUN go build -o /app .
FROM gcr.io/distroless/static:nonroot
COPY --from=build /app /app
