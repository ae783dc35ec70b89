FROM debian:12-slim
ARG APP_PASSWORD
# ok: the password comes from a build argument
RUN echo "app:${APP_PASSWORD}" | chpasswd
# ok: read from a secret mount
RUN --mount=type=secret,id=pw echo "app:$(cat /run/secrets/pw)" | chpasswd
# ok: no password at all
RUN useradd --system app
# ok: reads a file, not a literal
RUN chpasswd < /run/secrets/users
