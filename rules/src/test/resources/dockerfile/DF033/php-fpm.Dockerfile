# expect: DF033 "`php:8.3-fpm-alpine`"
FROM php:8.3-fpm
