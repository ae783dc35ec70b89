# httpd binds port 80 as root: the fix says to listen on 8080 before switching user
# expect: DF001 "`Listen 8080`"
FROM httpd:2.4
COPY site/ /usr/local/apache2/htdocs/
