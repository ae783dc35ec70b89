# python puts slim before the release name
# expect: DF033 "`python:3.12-slim-bookworm`"
FROM python:3.12-bookworm
