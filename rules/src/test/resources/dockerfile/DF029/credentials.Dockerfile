FROM node:20-slim
# expect: DF029 "a `.env` file of secrets"
COPY .env /app/.env
# expect: DF029 "SSH private key"
COPY id_rsa /root/.ssh/id_rsa
# expect: DF029 "`.npmrc`"
#    ^^^^^^
COPY .npmrc package.json ./
# expect: DF029 "AWS credentials"
ADD config/.aws/credentials /root/.aws/credentials
# expect: DF029 "`*.pem`"
COPY certs/server.pem /etc/ssl/private/
# expect: DF029 "SSH private key"
# expect: DF029 "`.git-credentials`"
COPY id_ed25519 .git-credentials /root/
# expect: DF029 "`.env` file"
COPY .env.production /app/
# expect: DF029 ".env"
ONBUILD COPY .env /app/
