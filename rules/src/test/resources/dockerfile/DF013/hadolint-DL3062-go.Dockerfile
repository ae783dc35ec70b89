# hadolint DL3062 (go install versions); RULES.md covers go install, not go get or go run
FROM golang:1.23
# expect: DF013
RUN go install example.com/tool
# expect: DF013
RUN go install example.com/tool@latest
# ok: pinned
RUN go install example.com/tool@v1.2.3
# ok: an absolute path
RUN go install /go/src/app/cmd/server
# ok: a relative path
RUN go install ./cmd/server
# ok: the module in the build context
RUN go install .
# `tool` names the tools go.mod pins, but what follows it is a package
# expect: DF013
RUN go install tool example.com/tool
# expect: DF013
RUN go install tool example.com/tool@latest
# ok: pinned after tool
RUN go install tool example.com/tool@v1.2.3
# expect: DF013
ONBUILD RUN go install example.com/tool
# ok: in a trigger
ONBUILD RUN go install example.com/tool@v1.2.3
