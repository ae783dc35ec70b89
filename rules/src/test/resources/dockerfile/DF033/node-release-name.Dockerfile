# the node images have no Alpine variant of a Debian release
# expect: DF033 "use `node:lts-buster-slim` (the node images build no Alpine variant"
FROM node:lts-buster
