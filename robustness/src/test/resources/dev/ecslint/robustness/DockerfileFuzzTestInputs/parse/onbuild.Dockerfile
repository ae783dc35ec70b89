FROM alpine
ONBUILD RUN apt-get install x
