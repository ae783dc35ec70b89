FROM python:3.12-slim
# expect: DF007 "`.`"
ONBUILD ADD . /app
