FROM nginx:1.27-alpine
COPY site/ /usr/share/nginx/html/
# ok: the final stage declares a probe
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -qO- http://localhost/ || exit 1
