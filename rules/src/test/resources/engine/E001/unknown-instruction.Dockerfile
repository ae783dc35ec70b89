FROM alpine:3.20
# expect: E001 "unknown instruction"
RUNN apk add --no-cache curl
