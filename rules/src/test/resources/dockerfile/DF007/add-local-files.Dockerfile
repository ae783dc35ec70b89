FROM eclipse-temurin:21-jre
# expect: DF007 "ADD of local `target/app.jar` only copies"
ADD target/app.jar /app/app.jar
# expect: DF007 "`config/`, `file.zip`"
ADD --chown=app config/ file.zip /app/
# expect: DF007 "ADD of here-document `<<EOF`"
ADD <<EOF /etc/app.conf
mode=prod
EOF
