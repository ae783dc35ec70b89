# ok: root only for the install step, the last USER is unprivileged
FROM debian:12-slim
USER root
RUN apt-get update
USER app:app
CMD ["/usr/local/bin/app"]
