FROM node:20-alpine
ARG DB_PASSWORD
# ok: references to build arguments or variables are not literals
ENV DB_PASSWORD=${DB_PASSWORD}
ENV API_TOKEN=$API_TOKEN
ENV SESSION_SECRET=${SESSION_SECRET:-}
# ok: template placeholders and empty values
ENV CLIENT_SECRET=<client-secret>
ENV AUTH_TOKEN={{ auth_token }}
ENV REDIS_PASSWORD=
# ok: a URL whose password is a reference
ENV DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app
