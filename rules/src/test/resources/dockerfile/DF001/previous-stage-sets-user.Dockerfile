FROM python:3.12-slim AS base
RUN useradd --create-home app
USER app
# ok: the final stage builds on `base`, whose last USER is app
FROM base
COPY . /home/app/src
CMD ["python", "-m", "app"]
