FROM golang:1.22 AS build
RUN go build -o /out/app ./cmd/app
# ok: distroless :nonroot runs as uid 65532 by default
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
