FROM nginx:1.27-alpine
# expect: DF020 "`EXPOSE 80000` is outside the port range 0-65535"
#      ^^^^^
EXPOSE 80000
# expect: DF020 "`EXPOSE 8080:80` is not a port"
EXPOSE 8080 8080:80
# expect: DF020 "`EXPOSE 80/http`"
EXPOSE 80/http
# expect: DF020 "`EXPOSE http`"
EXPOSE http
# expect: DF020 "write it as `8000-9000`"
EXPOSE 9000-8000
# expect: DF020 "outside the port range"
EXPOSE 65000-70000/udp
