FROM golang:1.23 AS build
RUN go build -o /out/app .
# expect: DF001 "`:nonroot` tag or add `USER 65532`"
FROM gcr.io/distroless/static-debian12
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
