# python:3.12-slim has neither curl nor wget: python probes its own EXPOSEd port
# expect: DF004 "urllib.request.urlopen('http://localhost:8000/')"
FROM python:3.12-slim
EXPOSE 8000
CMD ["gunicorn", "app:app"]
