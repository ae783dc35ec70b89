FROM alpine:3.20
# expect: DF007 "`file.zip`"
ADD "file.zip" /usr/src/app/
# expect: DF007 "`app.py`"
ADD ["app.py", "/srv/"]
