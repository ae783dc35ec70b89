# hadolint DL3032 (yum), DL3036 (zypper), DL3040 (dnf, microdnf); dnf5 keeps its cache in /var/cache/libdnf5
FROM registry.access.redhat.com/ubi9/ubi:9.4
# expect: DF011
RUN yum install -y httpd-2.4.57
# ok: yum clean all
RUN yum install -y httpd-2.4.57 && yum clean all
# ok: not a package command
RUN bash -c `# no yum here`
# ok: the cache directory is removed
RUN yum install -y httpd-2.4.57 && rm -rf /var/cache/yum/*
# expect: DF011
RUN zypper install -y nginx=1.21.5
# ok: zypper clean
RUN zypper install -y nginx=1.21.5 && zypper clean
# ok: zypper cc
RUN zypper install -y nginx=1.21.5 && zypper cc
# expect: DF011
RUN dnf install -y mariadb-10.5
# expect: DF011
RUN microdnf install -y mariadb-10.5
# ok: dnf clean all
RUN dnf install -y mariadb-10.5 && dnf clean all
# ok: microdnf clean all
RUN microdnf install -y mariadb-10.5 && microdnf clean all
# ok: not dnf
RUN notdnf install mariadb
# ok: /var/cache/yum removed
RUN dnf install -y mariadb-10.5 && rm -rf /var/cache/yum/*
# ok: the same for microdnf
RUN microdnf install -y mariadb-10.5 && rm -rf /var/cache/yum/*
# microdnf's clean does not clean what dnf downloaded
# expect: DF011
RUN dnf install -y mariadb-10.5 && microdnf clean all
# ok: dnf5 cleans its own cache
RUN dnf5 install -y mariadb-10.5 && dnf5 clean all
# ok: dnf5's cache directory is removed
RUN dnf install -y mariadb-10.5 && rm -rf /var/cache/libdnf5
# ok: dnf5's cache directory is a cache mount
RUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y mariadb-10.5
# ok: a tmpfs mount on it
RUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf install -y mariadb-10.5
# ok: a tmpfs mount on dnf's cache
RUN --mount=type=tmpfs,target=/var/cache/dnf dnf install -y mariadb-10.5
# expect: DF011
RUN dnf5 install -y mariadb-10.5
# expect: DF011
ONBUILD RUN yum install -y httpd-2.4.57
# expect: DF011
ONBUILD RUN zypper install -y nginx=1.21.5
# expect: DF011
ONBUILD RUN dnf install -y mariadb-10.5
# expect: DF011
ONBUILD RUN microdnf install -y mariadb-10.5
# ok: the same with its clean
ONBUILD RUN dnf install -y mariadb-10.5 && dnf clean all
