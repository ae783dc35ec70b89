FROM node:20-slim AS one
# ok: exec replaces the shell
CMD ["sh", "-c", "exec node server.js"]
FROM python:3.12-slim AS two
# ok: the last command is exec'd
CMD ["sh", "-c", "python manage.py migrate && exec gunicorn app:app"]
FROM python:3.12-slim AS three
# ok: no shell at all
CMD ["gunicorn", "app:app"]
FROM python:3.12-slim AS four
# ok: tini is PID 1
ENTRYPOINT ["tini", "--"]
CMD ["sh", "-c", "gunicorn app:app"]
