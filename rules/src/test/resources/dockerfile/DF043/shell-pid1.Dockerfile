FROM eclipse-temurin:21-jre
COPY app.jar /app.jar
USER 10001
# expect: DF043 "`java $JAVA_OPTS -jar /app.jar` runs under a shell that may stay PID 1"
#                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
CMD ["sh", "-c", "java $JAVA_OPTS -jar /app.jar"]
