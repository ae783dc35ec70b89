FROM node:20-alpine
# ok: these names only mention secrets
ENV PASSWORD_MIN_LENGTH=12
ENV TOKEN_TTL=3600
ENV SECRET_NAME=prod/db/password
ENV DB_PASSWORD_FILE=/run/secrets/db_password
ENV DB_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:123456789012:secret:db
ENV API_KEY_ID=key-1
# ok: a Secrets Manager ARN as the value is a reference
ENV DB_PASSWORD=arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf
