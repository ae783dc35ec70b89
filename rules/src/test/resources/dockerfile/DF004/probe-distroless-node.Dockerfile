# a distroless image with a runtime: the probe is exec form, run by that runtime
# expect: DF004 "/nodejs/bin/node"
FROM gcr.io/distroless/nodejs20-debian12
COPY . /app
CMD ["/app/server.js"]
