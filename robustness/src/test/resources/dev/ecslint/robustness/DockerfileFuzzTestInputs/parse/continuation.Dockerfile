FROM a
RUN a \
