FROM debian:12-slim
# expect: DF040 "`chpasswd` is given the literal password `S3***`"
RUN useradd app && echo 'app:S3cretPass' | chpasswd
# expect: DF040 "`useradd -p`"
#                 ^^^^^^^^^^^^^
RUN useradd -m -p 'Sup3rSecret' dev
# expect: DF040 "`passwd`"
RUN echo hunter2hunter | passwd --stdin root

# expect: DF040 "empty password"
RUN echo 'root:' | chpasswd
RUN apt-get update ;\
    apt-get clean ; \
# expect: DF040 "`ro***`"
    echo 'root:rootroot' | chpasswd
