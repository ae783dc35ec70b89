# UBI minimal has no useradd: a numeric UID
# expect: DF001 "has no useradd: add `USER 1001`"
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
COPY app /opt/app
CMD ["/opt/app"]
