FROM node:20-slim
# expect: DF037 "in npm"
ENV NPM_CONFIG_STRICT_SSL=false
# expect: DF037 "makes pip accept any certificate from that host"
ENV PIP_TRUSTED_HOST=pypi.example.com
