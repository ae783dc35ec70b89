FROM debian:12-slim
# ok: downloaded to a file, then run
RUN curl -fsSLo /tmp/install.sh https://get.example.com/install.sh && sh /tmp/install.sh
# ok: piped into tar, not a shell
RUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt
# ok: the shell runs its -c script, not the download
RUN curl -fsSL https://example.com/list.txt | sh -c 'cat > /tmp/list.txt'
