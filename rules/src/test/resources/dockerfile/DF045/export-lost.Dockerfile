FROM debian:12-slim
# expect: DF045 "`export PATH=…` ends this RUN"
#   ^^^^^^
RUN export PATH=$PATH:/opt/tool/bin
# expect: DF045 "`JAVA_HOME`, `LANG` are lost"
RUN apt-get update && export JAVA_HOME=/opt/java LANG=C.UTF-8
# ok: the commands after the export see it
RUN export DEBIAN_FRONTEND=noninteractive && apt-get install -y --no-install-recommends tzdata
# ok: export without a value
RUN export PATH
# expect: DF045 "`export GOFLAGS=…`"
ONBUILD RUN export GOFLAGS=-mod=vendor
CMD ["tool"]
