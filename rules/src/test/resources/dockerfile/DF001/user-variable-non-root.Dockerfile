FROM debian:12-slim
ARG APP_USER=app
RUN useradd --create-home "$APP_USER"
# ok: the variable's default is a non-root user
USER ${APP_USER}
