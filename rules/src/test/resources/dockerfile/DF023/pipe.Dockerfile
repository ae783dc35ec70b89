FROM debian:12-slim
# expect: DF023 "`wget` pipes into `wc`"
RUN wget -O - https://some.site | wc -l > /number
# ok: no pipe
RUN wget -O /tmp/page https://some.site && wc -l /tmp/page
