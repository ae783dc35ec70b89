FROM python:3.12-slim
# a credential format gives it away whatever the name
# expect: DF002 "an AWS access key id (AK***)"
ENV UPLOADER=AKIAIOSFODNN7EXAMPLE
# expect: DF002 "a URL with an embedded password"
ENV DATABASE_URL=postgres://app:hunter2@db.internal:5432/app
# expect: DF002 "a GitHub token (gh***)"
ARG BOT=ghp_abcdefghijklmnopqrstuvwxyz0123456789
