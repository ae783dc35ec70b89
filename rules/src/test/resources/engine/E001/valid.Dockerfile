# ok: lower-case instructions are valid
from alpine:3.20
run apk add --no-cache curl
