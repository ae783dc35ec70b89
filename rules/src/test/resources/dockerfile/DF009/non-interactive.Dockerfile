FROM debian:12-slim
# ok: every spelling of "assume yes"
RUN apt-get install -y curl
RUN apt-get install -yq curl
RUN apt-get -qq install curl
RUN apt-get --yes install curl
RUN apt-get --assume-yes install curl
RUN apt install -y git
RUN yum install -y httpd && yum clean all
RUN yum --assumeyes install httpd
RUN dnf install -y httpd
RUN microdnf install -y nginx
RUN zypper -n install httpd
RUN zypper --non-interactive in httpd
RUN zypper install -y httpd
RUN zypper install --no-confirm httpd
# ok: apk never prompts; update and other subcommands do not install
RUN apk add curl
RUN apt-get update && apt-get clean
# ok: not the package manager
RUN notdnf install httpd
# ok: a simulated install installs nothing and never asks
RUN if apt-get install -s "postgresql-16-jit" > /dev/null 2>&1; then echo jit; fi
