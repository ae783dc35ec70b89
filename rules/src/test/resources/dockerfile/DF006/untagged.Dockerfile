# expect: DF006 "image `debian` has no tag or digest"
#    ^^^^^^
FROM debian
