FROM 123456789012.dkr.ecr.eu-west-1.amazonaws.com/base/node:20-slim AS build
# ok: a previous stage
FROM build AS test
# ok: a trusted repository prefix
FROM public.ecr.aws/myorg/runtime:2.1
# ok: scratch has no registry
FROM scratch
# ok: an unresolved variable is unknown
FROM ${RUNTIME_IMAGE}
