# expect: DF033 "`perl:5.40-slim` (perl publishes no Alpine variant)"
FROM perl:5.40
