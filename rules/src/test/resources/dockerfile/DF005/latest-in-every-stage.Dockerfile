# expect: DF005 "`golang:latest`"
FROM golang:latest AS build
RUN go build -o /app .
# expect: DF005 "pin a version such as `gcr.io/distroless/static:<version>`"
FROM --platform=linux/amd64 gcr.io/distroless/static:latest
COPY --from=build /app /app
