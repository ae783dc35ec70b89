FROM node:20-slim
# ok: templates hold no secrets
COPY .env.example .env.sample /app/
# ok: a public key is not a secret
COPY id_rsa.pub /root/.ssh/authorized_keys
# ok: names that merely resemble credential files
COPY environment.js keys.json /app/
# ok: a heredoc source
COPY <<EOF /app/.env
EXAMPLE=1
EOF
