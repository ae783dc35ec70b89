FROM python:3.12-slim AS base
USER app
RUN echo prepared
# expect: DF001 "in stage `base` is the last USER in force for the final stage"
USER root
FROM base
CMD ["python", "-m", "app"]
