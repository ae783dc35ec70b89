FROM rockylinux:9
# ok: the signing key is imported, checks stay on
RUN rpm --import https://example.com/key.asc && dnf install -y httpd
# ok: switching the check on
RUN echo "gpgcheck=1" >> /etc/yum.conf
