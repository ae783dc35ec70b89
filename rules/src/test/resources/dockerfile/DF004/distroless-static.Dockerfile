FROM golang:1.23 AS build
RUN go build -o /out/app .
# ok: distroless static has no shell or probe tool
FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/app /app
# ok: still no probe possible in a stage built on it
FROM runtime
ENTRYPOINT ["/app"]
