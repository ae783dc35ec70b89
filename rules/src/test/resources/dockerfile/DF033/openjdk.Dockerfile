# expect: DF033 "eclipse-temurin"
FROM openjdk:17
