FROM debian:12-slim
# ok: owner and group only
RUN chmod 775 /app && chmod -R u+rwX,g+rX /data
# ok: a sticky scratch directory, like /tmp
RUN chmod 1777 /scratch
# ok: removing write for others
RUN chmod o-w /srv/file
# ok: +w without "who" follows the umask
RUN chmod +w /srv/file
