# expect: DF031 "`mvn` on line 5"
FROM maven:3.9-eclipse-temurin-21
WORKDIR /src
COPY . .
RUN mvn -B package
CMD ["java", "-jar", "target/app.jar"]
