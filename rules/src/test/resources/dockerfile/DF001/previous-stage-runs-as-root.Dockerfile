FROM python:3.12-slim AS base
USER app
RUN echo prepared
# expect: DF001 "builds on stage `base`"
USER root
FROM base
CMD ["python", "-m", "app"]
