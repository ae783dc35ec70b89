# hadolint DL3046 (useradd with a high UID)
FROM debian:12-slim
# ok: no UID
RUN useradd luser
# ok: a short UID
RUN useradd -u 12345 luser
# ok: -l
RUN useradd -l -u 123456 luser
# ok: -l alone
RUN useradd -l luser
# expect: DF041
RUN useradd -u 123456 luser
