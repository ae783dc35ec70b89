FROM debian:12-slim
RUN foo && bar
# ok: the neighbour already chains commands: a deliberate split
RUN foobar
# ok: uses --mount
RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt
# ok: the previous RUN uses --mount
RUN echo done
RUN <<EOF
apt-get update
EOF
# ok: the previous RUN is a heredoc
RUN echo again
WORKDIR /
# ok: not consecutive
RUN echo last
