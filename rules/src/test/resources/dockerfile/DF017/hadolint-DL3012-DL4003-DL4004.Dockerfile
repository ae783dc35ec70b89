# hadolint DL3012 (HEALTHCHECK), DL4003 (CMD), DL4004 (ENTRYPOINT): each counted per stage
FROM debian:12-slim AS one
HEALTHCHECK CMD /bin/check
CMD bash
RUN make
ENTRYPOINT bash
# expect: DF017
CMD another
# expect: DF017
ENTRYPOINT another
# expect: DF017
HEALTHCHECK CMD /bin/check-again
FROM debian:12-slim AS two
# ok: the first of this stage
HEALTHCHECK CMD /bin/check
# ok: the first of this stage
CMD another
# ok: the first of this stage
ENTRYPOINT another
FROM debian:12-slim AS three
RUN make
