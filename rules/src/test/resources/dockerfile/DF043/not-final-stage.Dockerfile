FROM golang:1.23 AS build
# ok: only the final stage's command runs in the container
CMD ["sh", "-c", "go test ./..."]
FROM gcr.io/distroless/static-debian12:nonroot
# ok: a script file, not a command string
ENTRYPOINT ["/bin/sh", "/entrypoint.sh"]
