FROM golang:1.23 AS build
RUN go build -o /out/app .
# ok: scratch has no shell or HTTP client to probe with; ECS uses the load balancer's health check instead
FROM scratch
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
