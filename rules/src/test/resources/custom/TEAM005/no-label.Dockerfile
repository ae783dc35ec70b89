FROM golang:1.22 AS build
RUN go build -o /app .
# expect: TEAM005 "no org.opencontainers.image.source label"
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /app /app
