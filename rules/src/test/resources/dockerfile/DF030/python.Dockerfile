FROM python:3.12-slim
# expect: DF030 "pip install"
COPY . /app
RUN pip install --no-cache-dir -r /app/requirements.txt
