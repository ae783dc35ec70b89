FROM rockylinux:9
# ok: the signing key is imported, checks stay on
RUN rpm --import https://example.com/key.asc && dnf install -y httpd
# ok: switching the check on
RUN echo "gpgcheck=1" >> /etc/yum.conf
# ok: the option is text for grep or echo, not an option of the package manager (Checkov's pass cases)
RUN apk add a-handbag | grep "--allow-untrusted"
RUN apt-get update && echo "--force-yes"
# ok: a local file: repository holding packages built in the same step
RUN echo "deb [ trusted=yes ] file:///tmp/packages ./" > /etc/apt/sources.list.d/temp.list
