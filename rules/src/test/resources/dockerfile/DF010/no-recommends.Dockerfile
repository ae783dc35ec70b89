FROM debian:12-slim
# ok: recommends are switched off
RUN apt-get install -y --no-install-recommends curl
RUN apt-get -o APT::Install-Recommends=false install -y python3
RUN apt-get install -y -o APT::Install-Recommends=0 git
# ok: apt (DF034's business), apt-get without install
RUN apt install -y vim
RUN apt-get update && apt-get upgrade -y
