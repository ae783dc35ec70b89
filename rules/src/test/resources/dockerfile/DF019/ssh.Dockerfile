FROM ubuntu:24.04
# expect: DF019 "`EXPOSE 22` opens the SSH port"
#      ^^
EXPOSE 22 8080
# expect: DF019 "`EXPOSE 22/tcp`"
EXPOSE 22/tcp
# expect: DF019 "`EXPOSE 20-25`"
EXPOSE 20-25
ARG SSH_PORT=22
# expect: DF019 "`EXPOSE $SSH_PORT`"
EXPOSE $SSH_PORT
