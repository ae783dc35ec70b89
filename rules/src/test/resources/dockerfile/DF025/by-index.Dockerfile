FROM golang:1.22
RUN go build -o /app .
FROM alpine:3.20
# ok: stage 0 is earlier
COPY --from=0 /app /app
# expect: DF025 "names the stage it is in"
COPY --from=1 /etc/hosts /tmp/hosts
# expect: DF025 "defined later (line 10)"
COPY --from=2 /x /x
FROM scratch
