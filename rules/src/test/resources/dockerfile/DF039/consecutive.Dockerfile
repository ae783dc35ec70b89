FROM debian:12-slim
RUN /foo.sh
# expect: DF039 "line 2"
RUN /bar.sh
# a comment between RUNs does not separate them
# expect: DF039 "line 4"
RUN /baz.sh
WORKDIR /
RUN foo && bar
RUN foo
# expect: DF039 "line 10"
RUN bar
