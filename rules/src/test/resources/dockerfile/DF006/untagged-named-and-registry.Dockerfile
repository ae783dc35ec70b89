FROM golang:1.22-alpine AS build
RUN go build -o /app .
# expect: DF006 "`node`"
FROM node AS unit-test
RUN npm test
# expect: DF006 "`public.ecr.aws/docker/library/alpine`"
FROM public.ecr.aws/docker/library/alpine
COPY --from=build /app /app
