FROM alpine
RUN echo
