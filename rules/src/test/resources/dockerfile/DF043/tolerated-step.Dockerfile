FROM node:22-alpine
# ok: a failing step is tolerated, then the server replaces the shell
CMD ["sh", "-c", "timeout 30 npx prisma db push || true; exec node server.js"]
