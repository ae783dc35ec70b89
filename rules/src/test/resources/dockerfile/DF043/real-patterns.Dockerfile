# patterns seen in public repositories; only the final stage's command runs in the container
FROM node:22-alpine AS migrate-then-start
# ok: not the final stage; and a failing step is tolerated before the server replaces the shell
CMD ["sh", "-c", "timeout 30 npx prisma db push || true; exec node server.js"]
FROM python:3.12-slim
# the shell is only there to expand a variable: exec keeps that
# expect: DF043 "start it with `exec uvicorn …`"
CMD ["sh", "-c", "uvicorn app.main:app --host 0.0.0.0 --port ${PORT:-8000}"]
