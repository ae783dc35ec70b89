# ok: Bitnami images default to a non-root user (1001)
FROM bitnami/nginx:1.27
COPY site/ /app/
