FROM debian:12-slim
# expect: DF041 "useradd -u 123456"
#              ^^^^^^
RUN useradd -u 123456 luser
ARG BIG_UID=1000000
# expect: DF041 "1000000"
RUN useradd --uid ${BIG_UID} svc
