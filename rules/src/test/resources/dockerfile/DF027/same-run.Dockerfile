FROM node:20
# expect: DF027 "wget"
RUN wget my.xyz && curl localhost
