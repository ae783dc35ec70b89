# a distroless Python image has no shell, curl or wget: the probe is run by its python
# expect: DF004 "urllib.request.urlopen"
FROM gcr.io/distroless/python3-debian12
COPY . /app
CMD ["/app/main.py"]
