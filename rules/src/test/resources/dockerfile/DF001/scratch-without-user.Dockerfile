FROM golang:1.22 AS build
RUN go build -o /out/app ./cmd/app
# a scratch image runs its binary as uid 0 unless told otherwise
# expect: DF001 "no USER is set in the final stage,"
FROM scratch
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]
