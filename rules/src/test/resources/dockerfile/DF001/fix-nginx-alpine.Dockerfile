# a plain USER would stop nginx binding port 80: the fix names the unprivileged image with the same tag
# expect: DF001 "`nginxinc/nginx-unprivileged:1.27-alpine`"
FROM nginx:1.27-alpine
COPY site/ /usr/share/nginx/html/
