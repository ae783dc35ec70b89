# expect: DF031 "go"
FROM golang:1.22-alpine
WORKDIR /src
COPY . .
RUN go build -o /app ./cmd/api
