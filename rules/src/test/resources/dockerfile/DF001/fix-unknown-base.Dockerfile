# a base ecslint knows nothing about, and a Dockerfile that installs nothing: a numeric UID works anywhere
# expect: DF001 "numeric `USER 10001`"
FROM registry.example.com/platform/runtime:2.3
COPY app /app
CMD ["/app"]
