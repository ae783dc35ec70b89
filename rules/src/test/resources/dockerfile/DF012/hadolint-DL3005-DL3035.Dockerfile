# hadolint DL3005 (apt-get dist-upgrade, retired) and DL3035 (zypper dist-upgrade)
FROM opensuse/leap:15.6
# expect: DF012
RUN apt-get update && apt-get dist-upgrade
# expect: DF012
RUN zypper dist-upgrade
# expect: DF012
RUN zypper dup
# expect: DF012
ONBUILD RUN apt-get update && apt-get dist-upgrade
# expect: DF012
ONBUILD RUN zypper dist-upgrade
# expect: DF012
ONBUILD RUN zypper dup
# ok: upgrading a named package
RUN zypper update -y openssl
