# the base is unknown, but apk tells the family
FROM registry.example.com/platform/runtime:2.3
RUN apk add --no-cache tini=0.19.0-r3
# expect: DF001 "adduser (`RUN adduser -D app`) and add `USER app`"
USER root
CMD ["/app"]
