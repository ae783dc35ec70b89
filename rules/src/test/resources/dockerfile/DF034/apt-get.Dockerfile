FROM debian:12-slim
# ok: apt-get and apt-cache are the script interfaces
RUN apt-get update && apt-get install -y apt-transport-https && apt-cache policy curl
