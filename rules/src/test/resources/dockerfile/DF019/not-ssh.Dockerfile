FROM ubuntu:24.04
# ok: other ports, ranges without 22, UDP 22, unknown variables
EXPOSE 80 443/tcp 2222 8022 23-30 1-21
EXPOSE 22/udp
EXPOSE ${PORT}
