FROM node:20-alpine
# ok: absolute, quoted absolute, variables, Windows drives
WORKDIR /usr/local
WORKDIR "/usr/local"
WORKDIR '/srv/app'
WORKDIR ${APP_HOME}
WORKDIR "$HOME/app"
WORKDIR C:\app
WORKDIR C:/
WORKDIR "C:\\"
