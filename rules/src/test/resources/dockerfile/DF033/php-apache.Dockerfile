# php publishes no slim and no apache-alpine image: no made-up tag
# expect: DF033 "no Alpine build of `-apache`: run `php:8.0.9-fpm-alpine`"
FROM php:8.0.9-apache
