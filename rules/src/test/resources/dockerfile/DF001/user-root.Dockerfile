FROM debian:12-slim
RUN useradd --create-home app
USER app
RUN echo building
# expect: DF001 "`USER root` is the last USER"
#    ^^^^
USER root
CMD ["/usr/local/bin/app"]
