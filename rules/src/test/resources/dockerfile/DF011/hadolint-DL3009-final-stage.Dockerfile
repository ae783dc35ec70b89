# hadolint DL3009 (apt-get lists), as its specification shows it; RULES.md agrees
FROM debian:12-slim AS tools
# ok: an unused stage does not ship its layers
RUN apt-get update && apt-get install -y jq
# ONBUILD triggers run in every image built from this one, whichever stage registers them
# expect: DF011
ONBUILD RUN apt-get update && apt-get install -y jq
FROM debian:12-slim AS base
# ok: the lists are removed in the same RUN
RUN apt-get update && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*
# ok: the same, in a trigger
ONBUILD RUN apt-get update && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*
# the final stage builds on this one, so its layers ship
# expect: DF011
RUN apt-get update && apt-get install -y tzdata
FROM base
# expect: DF011
RUN apt-get update && apt-get install -y python3
# expect: DF011
ONBUILD RUN apt-get update && apt-get install -y python3
