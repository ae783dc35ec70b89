FROM debian:12-slim
# expect: DF022 "sudo"
RUN sudo apt-get update
# expect: DF022 "sudo"
RUN apt-get update && sudo apt-get install -y curl
RUN apt-get update \
# expect: DF022 "`sudo` in RUN"
    && sudo -u app make
# expect: DF022 "sudo"
ONBUILD RUN sudo make install
