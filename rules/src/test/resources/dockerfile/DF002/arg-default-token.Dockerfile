FROM node:20-alpine
# expect: DF002 "ARG `githubToken` holds a literal secret (ab***)"
ARG githubToken=abcdef123456
# expect: DF002 "recorded in the image history"
ARG STRIPE_API_KEY=not-really-a-key
