FROM debian:12-slim
# expect: DF024 "`curl` output is piped into `sh`"
RUN curl -fsSL https://get.example.com/install.sh | sh
# expect: DF024 "`wget` output is piped into `bash`"
RUN wget -qO- https://get.example.com/install.sh | bash -s -- --yes
# expect: DF024 "into `sh`"
RUN curl -fsSL https://get.example.com/install.sh | sudo sh
# expect: DF024 "into `sh`"
RUN curl -fsSL https://get.example.com/install.sh | tee /tmp/install.sh | sh
RUN apt-get update \
# expect: DF024 "curl"
    && curl -fsSL https://deb.example.com/setup | bash -
