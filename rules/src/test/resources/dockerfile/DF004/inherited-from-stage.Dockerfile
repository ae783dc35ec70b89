FROM python:3.12-slim AS base
HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"
# ok: the final stage builds on base and inherits its HEALTHCHECK
FROM base
COPY . /app
