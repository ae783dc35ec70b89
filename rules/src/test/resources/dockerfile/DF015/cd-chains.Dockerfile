FROM node:20-alpine
COPY . /app
# expect: DF015 "`cd /app` lasts only until the end of this RUN"
#   ^^
RUN cd /app && npm ci --omit=dev
RUN npm run build \
# expect: DF015 "`WORKDIR dist`"
    && cd dist \
    && gzip -k *.js
# expect: DF015 "`cd /opt`"
RUN cd /opt
# expect: DF015 "`cd /src`"
ONBUILD RUN cd /src && make
