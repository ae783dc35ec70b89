FROM scratch
# expect: DF025 "defined later"
COPY --from=build foo .
FROM node:20 AS build
RUN baz
