FROM node:20-alpine
# expect: DF002 "ENV `DB_PASSWORD` holds a literal secret (s3***)"
#               ^^^^^^^^^^^
ENV DB_PASSWORD=s3cr3t-pa55
USER node
