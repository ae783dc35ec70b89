FROM alpine:3.20
# expect: DF001 "`USER 0:0`"
#    ^^^
USER 0:0
