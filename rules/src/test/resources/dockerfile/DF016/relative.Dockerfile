FROM node:20-alpine
# expect: DF016 "`WORKDIR app` is relative"
#       ^^^
WORKDIR app
# expect: DF016 "`WORKDIR relative/dir`"
WORKDIR "relative/dir"
# expect: DF016 "`WORKDIR src`"
WORKDIR 'src'
# expect: DF016 "`/build`"
ONBUILD WORKDIR build
