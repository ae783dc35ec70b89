FROM a AS 1bad
