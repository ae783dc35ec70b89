FROM node:20 AS build
RUN npm ci
# expect: DF033 "full `python:3.12` image"
#    ^^^^^^^^^^^
FROM python:3.12
