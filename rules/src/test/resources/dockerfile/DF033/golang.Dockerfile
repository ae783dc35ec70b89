# a toolchain image as the final image: the change is a build stage, not a variant
# expect: DF033 "build the binary in a `golang:1.23` stage"
FROM golang:1.23
COPY . .
RUN go build -o /app .
