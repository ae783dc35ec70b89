# a Debian-based Python image: useradd, and no word about node
# expect: DF001 "`RUN useradd --create-home app`"
FROM python:3.12-slim
COPY . /app
CMD ["python", "/app/main.py"]
