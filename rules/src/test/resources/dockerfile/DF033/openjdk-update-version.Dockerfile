# expect: DF033 "`eclipse-temurin:8-jre`"
FROM openjdk:8u342-jdk
