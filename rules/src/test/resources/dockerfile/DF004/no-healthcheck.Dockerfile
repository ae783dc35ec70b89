FROM node:20-alpine AS build
HEALTHCHECK CMD wget -qO- http://localhost:3000/ || exit 1
RUN npm ci
# expect: DF004 "the final stage has no HEALTHCHECK"
FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
