# hadolint ignore=DL3001,DL3002
FROM debian:12-slim
# the pragma covered the FROM, not this USER
# expect: DF001
USER root
