FROM a
RUN ["sh", "-c", "x"
