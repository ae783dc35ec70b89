FROM node:20-slim
WORKDIR /app
COPY package*.json ./
RUN npm ci
# ok: the manifest was copied on its own before
COPY . .
RUN npm run build
FROM python:3.12-slim
COPY requirements.txt /app/
# ok: requirements copied first
COPY . /app
RUN pip install -r /app/requirements.txt
FROM nginx:1.27
# ok: no dependency install follows
COPY . /usr/share/nginx/html
# ok: installing one named package is not a manifest install
FROM node:20-slim
COPY . /app
RUN npm install -g pm2
