# hadolint DL3016 (npm versions)
FROM node:20-slim
# ok: installs what package.json pins
RUN npm install
# ok: with an option
RUN npm install --progress=false
# ok: pinned
RUN npm install express@4.19.2
# ok: a scoped package with a range
RUN npm install @myorg/privatepackage@">=0.1.0"
# ok: several pinned
RUN npm install express@"4.19.2" sax@1.4.1
# ok: --global
RUN npm install --global express@"4.19.2"
# ok: -g
RUN npm install -g express@"4.19.2"
# ok: a tarball
RUN npm install package-v1.2.3.tar
# ok: a gzipped tarball
RUN npm install package-v1.2.3.tar.gz
# ok: a .tgz
RUN npm install package-v1.2.3.tgz
# ok: an absolute folder
RUN npm install /srv/lib
# ok: a relative folder
RUN npm install ./lib
# ok: a parent folder
RUN npm install ../lib
# ok: a home folder
RUN npm install ~/lib
# ok: git+ssh pinned to a tag
RUN npm install git+ssh://git@github.com:example/tool.git#v1.0.27
# ok: git+http pinned to a semver range
RUN npm install git+http://github.com/example/tool#semver:^5.0
# ok: git+https pinned to a tag
RUN npm install git+https://github.com/example/tool.git#v1.0.27
# ok: git pinned to a tag
RUN npm install git://github.com/example/tool.git#v1.0.27
# ok: npm run is not an install
RUN npm run --silent install
# ok: a range with a space
RUN npm install @myorg/privatepackage@">=0.1.0 <0.2.0"
# expect: DF013
RUN npm install express
# expect: DF013
RUN npm install @myorg/privatepackage
# expect: DF013
RUN npm install express sax@1.4.1
# expect: DF013
RUN npm install --global express
# expect: DF013
RUN npm install git+ssh://git@github.com:example/tool.git
# expect: DF013
RUN npm install git+http://github.com/example/tool
# expect: DF013
RUN npm install git+https://github.com/example/tool.git
# expect: DF013
RUN npm install git://github.com/example/tool.git
# ok: --loglevel takes a value
RUN npm install --loglevel verbose sax@1.4.1
# ok: --registry takes a value
RUN npm install --registry https://registry.example.com sax@1.4.1
# expect: DF013
RUN npm install --registry https://registry.example.com express
# expect: DF013
RUN npm install --registry=https://registry.example.com express
# expect: DF013
ONBUILD RUN npm install express
# ok: in a trigger
ONBUILD RUN npm install express@4.19.2
