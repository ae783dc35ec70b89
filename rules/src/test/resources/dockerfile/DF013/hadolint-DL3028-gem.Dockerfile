# hadolint DL3028 (gem versions)
FROM ruby:3.3-slim
# expect: DF013
RUN gem i bundler
# ok: pinned
RUN gem i bundler:2.5.16
# expect: DF013
RUN gem i bundler:2.5.16 nokogiri
# ok: both pinned
RUN gem i bundler:2.5.16 nokogiri:1.16.7
# expect: DF013
RUN gem install bundler
# ok: pinned
RUN gem install bundler:2.5.16
# ok: -v
RUN gem install bundler -v '2.5.16'
# ok: --version
RUN gem install bundler --version '2.5.16'
# ok: --version=
RUN gem install bundler --version='2.5.16'
# ok: build options after --
RUN gem install bundler:2.5.16 -- --use-system-libraries=true
# ok: the same with a separate value
RUN gem install bundler:2.5.16 -- --use-system-libraries true
# ok: a boolean option value is no gem
RUN gem install bundler:2.5.16 --use-system-libraries true
# ok: the = form
RUN gem install bundler:2.5.16 --use-system-libraries=true
# expect: DF013
ONBUILD RUN gem install bundler
# ok: in a trigger
ONBUILD RUN gem i bundler:2.5.16
