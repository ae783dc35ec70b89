FROM node:20 AS build
USER root
RUN npm ci && npm run build
# ok: only the final stage's user matters
FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
USER nginx
