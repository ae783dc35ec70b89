# ok: suppressed with a reason like any built-in rule
# ecslint ignore=TEAM005 -- vendored image, its source is upstream
FROM nginx:1.27
