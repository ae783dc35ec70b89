# hadolint DL3025 (JSON notation for CMD and ENTRYPOINT)
FROM node:20-slim AS shell
# expect: DF018
ENTRYPOINT something
# expect: DF018
CMD something
FROM node:20-slim AS exec
# ok: JSON
ENTRYPOINT ["foo", "bar"]
# ok: JSON
CMD ["foo", "bar"]
# ok: JSON with spaces
CMD [ "foo", "bar" ]
