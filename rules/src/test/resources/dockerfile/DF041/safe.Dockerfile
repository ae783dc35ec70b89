FROM debian:12-slim
# ok: a short UID
RUN useradd -u 12345 luser
# ok: -l given
RUN useradd -l -u 123456 luser2
# ok: --no-log-init given
RUN useradd --no-log-init --uid=123456 luser3
# ok: an unknown UID
RUN useradd -u "$HOST_UID" luser4
# ok: useradd alone
RUN useradd luser5
