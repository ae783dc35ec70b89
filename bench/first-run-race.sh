#!/usr/bin/env bash
# Three first runs at once on a fresh clone, as pre-commit starts its hooks: one launcher builds with
# Maven under the lock, the others wait; all three must exit alike and print the same report, and Maven
# must have run once. Run from the project root: bash bench/first-run-race.sh  (takes one full build)
set -euo pipefail
cd "$(dirname "$0")/.."
clone=$(mktemp -d /tmp/ecslint-race.XXXXXX)
trap 'rm -rf "$clone"' EXIT
git clone -q . "$clone/repo"
cd "$clone/repo"
# count Maven's runs through a wrapper the launcher calls (ECSLINT_MVN)
printf '#!/bin/sh\necho build >> "%s/builds"\nexec mvn -o "$@"\n' "$clone" >"$clone/mvn"
chmod +x "$clone/mvn"
pids=()
for i in 1 2 3; do
  ECSLINT_MVN="$clone/mvn" ./ecslint --format json examples >"$clone/out$i.json" 2>"$clone/err$i" &
  pids+=($!)
done
codes=()
for p in "${pids[@]}"; do
  code=0; wait "$p" || code=$?; codes+=("$code")
done
echo "exit codes: ${codes[*]}; Maven runs: $(wc -l <"$clone/builds")"
for i in 2 3; do cmp -s "$clone/out1.json" "$clone/out$i.json" || { echo "run $i printed another report"; exit 1; }; done
[ "${codes[0]}" = 1 ] && [ "${codes[1]}" = 1 ] && [ "${codes[2]}" = 1 ] || { cat "$clone"/err*; exit 1; }
[ "$(wc -l <"$clone/builds")" = 1 ] || exit 1
echo "ok: one build, three identical reports"
