FROM debian:12-slim
# ok: installing the sudo package is not using it
RUN apt-get update && apt-get install -y sudo
# ok: sudo as an argument, not a command
RUN echo sudo > /tmp/word
USER app
