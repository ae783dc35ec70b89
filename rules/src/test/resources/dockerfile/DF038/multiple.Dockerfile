FROM node:20-slim
# expect: DF038 "destination `.`"
#                                   ^
COPY package.json package-lock.json .
# expect: DF038 "3 sources"
COPY foo bar baz /app
# expect: DF038 "destination `/dest`"
ADD ["a", "b", "/dest"]
ARG TARGET=/srv
# expect: DF038 "`${TARGET}`"
COPY a b ${TARGET}
