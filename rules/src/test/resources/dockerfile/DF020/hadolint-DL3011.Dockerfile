# hadolint DL3011 (valid ports)
FROM nginx:1.27
# expect: DF020
EXPOSE 80000
# ok: in range
EXPOSE 60000
