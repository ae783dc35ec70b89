# expect: DF033 "node:20-slim"
FROM public.ecr.aws/docker/library/node:20
