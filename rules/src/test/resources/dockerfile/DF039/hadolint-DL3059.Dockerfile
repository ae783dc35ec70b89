# hadolint DL3059 (consecutive RUN); RULES.md leaves RUNs with --mount alone
FROM debian:12-slim AS none
# ok: one RUN
RUN /foo.sh
WORKDIR /
# ok: not consecutive
RUN /bar.sh
FROM debian:12-slim AS two
RUN /foo.sh
# expect: DF039
RUN /bar.sh
FROM debian:12-slim AS comment
RUN /foo.sh
# a comment
# expect: DF039
RUN /bar.sh
FROM debian:12-slim AS comments
RUN /foo.sh
# a comment
# another comment
# expect: DF039
RUN /bar.sh
FROM debian:12-slim AS after-comment
# ok: the first RUN
RUN /foo.sh
FROM debian:12-slim AS mounts
RUN --mount=type=secret,id=foo /foo.sh
# ok: different flags
RUN /bar.sh
RUN --mount=type=secret,id=foo /foo.sh
# ok: different mounts
RUN --mount=type=secret,id=bar /bar.sh
FROM debian:12-slim AS chained-1
RUN foo && bar
# ok: the first is a chain
RUN foobar
FROM debian:12-slim AS chained-2
RUN foo; bar
# ok: the first is a sequence
RUN foobar
FROM debian:12-slim AS chained-3
RUN foobar
# ok: the second is a chain
RUN foo && bar
FROM debian:12-slim AS chained-4
RUN foobar
# ok: the second is a sequence
RUN foo; bar
FROM debian:12-slim AS chained-5
RUN foo && bar
# ok: both chains
RUN foo; bar
FROM debian:12-slim AS chain-then-two
RUN foo && bar
RUN foo
# expect: DF039
RUN bar
