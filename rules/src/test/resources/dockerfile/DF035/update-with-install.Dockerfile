FROM debian:12-slim
# ok: update and install together
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# ok: no index update
RUN apt-get install -y git
# ok: update then upgrade in one layer
RUN apt-get update && apt-get upgrade -y
