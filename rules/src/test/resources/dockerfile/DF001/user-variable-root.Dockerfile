FROM debian:12-slim
ARG RUN_AS=root
# expect: DF001 "`USER ${RUN_AS}` (`root`)"
USER ${RUN_AS}
