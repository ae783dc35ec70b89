FROM rockylinux:9
# expect: DF009 "`yum install` without `-y`"
RUN yum install httpd-2.4.57 && yum clean all
# expect: DF009 "`dnf install`"
RUN dnf install httpd-2.4.24 && dnf clean all
# ok: microdnf never prompts; its -y is accepted for compatibility and does nothing
RUN microdnf install nginx && microdnf clean all
# expect: DF009 "`zypper install` without `--non-interactive`"
RUN zypper install httpd=2.4.24 && zypper clean
# expect: DF009 "`apt-get install`"
ONBUILD RUN apt-get install python3
# expect: DF009 "`apt-get install`"
RUN sudo apt-get install curl
