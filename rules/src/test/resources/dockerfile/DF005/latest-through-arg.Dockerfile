ARG BASE=python:latest
# expect: DF005 "`${BASE}` (`python:latest`)"
FROM ${BASE}
