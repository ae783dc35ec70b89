# the full Debian image: a slim tag of the same release, or distroless
# expect: DF033 "`debian:12-slim` or a distroless image"
FROM debian:12
