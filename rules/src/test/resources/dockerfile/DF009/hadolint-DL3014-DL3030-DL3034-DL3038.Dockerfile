# hadolint DL3014 (apt-get), DL3030 (yum), DL3038 (dnf), DL3034 (zypper)
FROM debian:12-slim
# expect: DF009
RUN apt-get install curl
# a single -q does not answer the prompt
# expect: DF009
RUN apt-get install -q curl
# expect: DF009
RUN apt-get install --quiet curl
# ok: -y inside a group
RUN apt-get install -yq curl
# ok: -y after install
RUN apt-get install -y curl
# ok: -y before install
RUN apt-get -y install curl
# ok: --yes
RUN apt-get --yes install curl
# ok: --assume-yes
RUN apt-get --assume-yes install curl
# ok: quiet level 2 implies -y
RUN apt-get install -qq curl
# ok: -q twice
RUN apt-get install -q -q curl
# ok: -q=2
RUN apt-get install -q=2 curl
# ok: --quiet twice
RUN apt-get install --quiet --quiet curl
# expect: DF009
RUN yum install httpd-2.4.57 && yum clean all
# ok: -y
RUN yum install -y httpd-2.4.57 && yum clean all
# ok: not a yum command
RUN bash -c `# no yum here`
# expect: DF009
RUN dnf install httpd-2.4.57 && dnf clean all
# ok: -y
RUN dnf install -y httpd-2.4.57 && dnf clean all
# ok: not dnf
RUN notdnf install httpd
# dnf and microdnf accept `in` for install
# expect: DF009
RUN dnf in httpd-2.4.57
# ok: microdnf never asks (its -y "does nothing"), so RULES.md's microdnf case is not reported
RUN microdnf in httpd-2.4.57
# ok: dnf in -y
RUN dnf in -y httpd-2.4.57
# expect: DF009
RUN zypper install httpd=2.4.57 && zypper clean
# ok: -n
RUN zypper install -n httpd=2.4.57 && zypper clean
# ok: --non-interactive
RUN zypper install --non-interactive httpd=2.4.57 && zypper clean
# ok: -y
RUN zypper install -y httpd=2.4.57 && zypper clean
# ok: --no-confirm
RUN zypper install --no-confirm httpd=2.4.57 && zypper clean
# expect: DF009
ONBUILD RUN apt-get install curl
# expect: DF009
ONBUILD RUN apt-get install -q curl
# ok: -qq in a trigger
ONBUILD RUN apt-get install -qq curl
# ok: -q -q in a trigger
ONBUILD RUN apt-get install -q -q curl
# expect: DF009
ONBUILD RUN yum install httpd-2.4.57 && yum clean all
# expect: DF009
ONBUILD RUN dnf install httpd-2.4.57 && dnf clean all
# expect: DF009
ONBUILD RUN zypper install httpd=2.4.57 && zypper clean
# ok: -n in a trigger
ONBUILD RUN zypper install -n httpd=2.4.57 && zypper clean
