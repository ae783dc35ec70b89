# a distroless Java image runs java, not a script: the probe is a small binary copied in
# expect: DF004 "a small health-check binary copied in"
FROM gcr.io/distroless/java21-debian12
COPY app.jar /app/app.jar
CMD ["/app/app.jar"]
