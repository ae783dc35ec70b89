# curl is installed in the image, so the probe uses it
# expect: DF004 "`HEALTHCHECK CMD curl -fsS http://localhost:3000/ || exit 1`"
FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*
EXPOSE 3000
CMD ["/usr/local/bin/server"]
