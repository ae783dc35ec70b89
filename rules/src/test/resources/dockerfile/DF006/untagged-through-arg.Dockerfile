ARG IMAGE=python
# expect: DF006 "`$IMAGE` (`python`)"
FROM $IMAGE
