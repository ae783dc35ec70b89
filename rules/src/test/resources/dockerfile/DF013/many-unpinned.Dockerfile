FROM debian:12-slim
# six packages unpinned: the message names four and counts the rest
# expect: DF013 "and 2 more without a version"
RUN apt-get install -y --no-install-recommends curl git jq make unzip zip
