FROM debian:12-slim AS trap
# ok: the script forwards the signals itself
CMD ["bash", "-c", "trap 'kill -TERM $PID' TERM; /app & PID=$!; wait $PID"]
FROM debian:12-slim AS pipe
# ok: a pipeline at the end cannot be exec'd; the shell waits for it by design
CMD ["sh", "-c", "/app | tee /var/log/app.log"]
FROM debian:12-slim
# ok: shell form is DF018's concern
CMD /app --serve
