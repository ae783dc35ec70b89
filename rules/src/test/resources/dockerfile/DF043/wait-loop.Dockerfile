FROM python:3.12-slim
# a wait loop, migrations, then the server without exec
# expect: DF043 "run the last command with `exec gunicorn …`"
CMD ["sh", "-c", "while ! nc -z db 5432; do sleep 1; done && python manage.py migrate --noinput && gunicorn app.wsgi"]
