# the nginx image ships curl, so the probe needs nothing installed
# expect: DF004 "(the image ships curl)"
FROM nginx:1.27
COPY site/ /usr/share/nginx/html/
