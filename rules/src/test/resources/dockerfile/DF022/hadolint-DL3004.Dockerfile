# hadolint DL3004 (sudo)
FROM debian:12-slim
# expect: DF022
RUN sudo apt-get update
# ok: installing the sudo package
RUN apt-get install sudo
# expect: DF022
RUN apt-get update && sudo apt-get install
# expect: DF022
ONBUILD RUN sudo apt-get update
# ok: in a trigger
ONBUILD RUN apt-get install sudo
# expect: DF022
ONBUILD RUN apt-get update && sudo apt-get install
