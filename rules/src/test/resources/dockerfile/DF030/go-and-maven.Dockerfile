FROM golang:1.22 AS go
WORKDIR /src
# expect: DF030 "go mod download"
COPY . .
RUN go mod download && go build -o /app ./cmd/api
FROM maven:3.9-eclipse-temurin-21 AS java
WORKDIR /src
# expect: DF030 "mvn"
ADD . /src
RUN mvn -B dependency:go-offline
