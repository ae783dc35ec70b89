# nothing installs an HTTP client: the probe says so
# expect: DF004 "after installing curl in this stage"
FROM ubuntu:24.04
CMD ["/usr/local/bin/server"]
