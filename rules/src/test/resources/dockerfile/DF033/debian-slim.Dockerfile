# ok: slim variant
FROM debian:bookworm-slim
