FROM nginx:1.27-alpine
# ok: ports, ranges and protocols Docker accepts
EXPOSE 0 80 60000 65535
EXPOSE 80/tcp 53/udp 5000/sctp 443/TCP
EXPOSE 8000-8010 9000-9010/udp
# ok: a variable is chosen at build time
EXPOSE $PORT ${ADMIN_PORT}/tcp
