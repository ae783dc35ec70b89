# Alpine has BusyBox's adduser, not useradd
# expect: DF001 "`RUN adduser -D app`"
FROM alpine:3.20
COPY app /usr/local/bin/app
CMD ["/usr/local/bin/app"]
