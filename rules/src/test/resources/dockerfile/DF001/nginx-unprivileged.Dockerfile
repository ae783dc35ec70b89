# ok: the unprivileged nginx image runs as a non-root user by default
FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY site/ /usr/share/nginx/html/
