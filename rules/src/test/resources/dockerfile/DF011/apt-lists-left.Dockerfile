FROM debian:12-slim
# expect: DF011 "leaves the package lists in the layer"
#                     ^^^^^^^
RUN apt-get update && apt-get install -y curl
# the lists are removed before the install, not after it
# expect: DF011 "rm -rf /var/lib/apt/lists/*"
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y git
