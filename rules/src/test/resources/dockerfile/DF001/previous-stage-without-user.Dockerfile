FROM python:3.12-slim AS base
RUN pip install --no-cache-dir flask==3.0.3
# expect: DF001 "the stages it builds on, so the container runs as root, the default of `python:3.12-slim`"
FROM base
CMD ["python", "-m", "app"]
