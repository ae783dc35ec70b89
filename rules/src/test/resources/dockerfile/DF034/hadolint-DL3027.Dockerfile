# hadolint DL3027 (apt)
FROM ubuntu:24.04
# expect: DF034
RUN apt install python3
# expect: DF034
ONBUILD RUN apt install python3
