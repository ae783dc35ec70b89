FROM python:3.12-slim
# a list of commands keeps the shell as PID 1: exec the last one
# expect: DF043 "run the last command with `exec gunicorn …`"
ENTRYPOINT ["/bin/bash", "-ec", "python manage.py migrate && gunicorn app:app"]
