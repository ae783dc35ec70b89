FROM debian:12-slim
RUN <<EOS
set -e
echo building
# expect: DF045 "`export APP_ENV=…`"
export APP_ENV=production
EOS
