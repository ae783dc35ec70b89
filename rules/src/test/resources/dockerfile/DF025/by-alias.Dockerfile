FROM golang:1.22 AS build
RUN go build -o /app .
FROM gcr.io/distroless/static:nonroot
# expect: DF025 "names no earlier stage"
#           ^^^^^^^
COPY --from=builder /app /app
# ok: an earlier stage's alias, in any case
COPY --from=BUILD /app /app2
