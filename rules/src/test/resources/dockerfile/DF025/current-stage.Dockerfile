FROM node:20 AS foo
# expect: DF025 "cannot copy from itself"
COPY --from=foo bar .
