# expect: DF003 "GITHUB_TOKEN"
ARG GITHUB_TOKEN
FROM golang:1.22
# expect: DF003 "RUN --mount=type=secret,id=github_token"
ARG GITHUB_TOKEN
# expect: DF003 "DB_PASSWORD"
ARG DB_PASSWORD=${DEFAULT_DB_PASSWORD}
