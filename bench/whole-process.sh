#!/usr/bin/env bash
# Whole-process measurements for docs/benchmarks.md, in one run, over ../shared/bench (hyperfine, the
# Node.js peers, the JVM read floor). Run from the project root:
#   bash bench/whole-process.sh [single|corpus|kinds|warm|memory|jdk25|all]   (default all)
# ./ecslint is measured as users run it (served by the resident ecslint) and as ECSLINT_DAEMON=off runs
# it (a JVM of its own per command); stop-resident stops the resident ecslint.
#   RUNS=1 (corpus and kinds: one run per command instead of 5), SINGLE_RUNS=N (jdk25: runs per command),
#   KINDS='terraform:20 taskdefs:40' (kinds: which folders, and how many copies of each)
#   WARMUP=N (kinds: warm-up runs per command, default 1; the resident ecslint reaches its steady speed on
#   a large folder after about ten runs, as C2 compiles)
# Prints hyperfine's tables and the peak RSS lines; quote the ratios, not the seconds (shared machine).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/bench
what=${1:-all}
floor=/tmp/ecslint-readall
mkdir -p "$floor"; [ -f "$floor/ReadAll.class" ] || javac -d "$floor" "$shared/ReadAll.java"
[ "$what" = stop-resident ] || ./ecslint --version >/dev/null # builds and trains the archive once, outside the timings

corpus=/tmp/ecslint-bench-corpus
dockerfiles() {
  [ -d "$corpus/copy22" ] || bash "$shared/scale-corpus.sh" ../shared/corpus/dockerfiles 22 "$corpus" >&2
}

# The resident ecslint (the default ./ecslint) is stopped by this, so that the next run starts one
stop_resident() {
  local pidfile pid
  for pidfile in cli/target/launcher/current/daemon-*/pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null || true
    while [ -e "/proc/$pid" ]; do sleep 0.05; done
  done
}

single() {
  echo "== one Dockerfile, whole process (the pre-commit case)"
  bash "$shared/compare.sh" single examples/Dockerfile
  echo "== the same, in one run: served by the resident ecslint, a JVM of its own, a first run that starts the resident ecslint"
  ./ecslint examples/Dockerfile >/dev/null 2>&1 || true # the resident ecslint is up and warm
  hyperfine -N -i --warmup 3 --runs "${SINGLE_RUNS:-20}" -n ecslint "./ecslint examples/Dockerfile" \
    -n ecslint-own-jvm "env ECSLINT_DAEMON=off ./ecslint examples/Dockerfile" \
    -n dockerfilelint "/tmp/ecslint-peers/node_modules/.bin/dockerfilelint examples/Dockerfile" \
    -n jvm-floor "java -Xshare:auto -cp $floor ReadAll examples"
  hyperfine -N -i --runs 5 --prepare "bash bench/whole-process.sh stop-resident" \
    -n ecslint-first-run "./ecslint examples/Dockerfile"
}

# ../shared/bench/compare.sh corpus runs each command 5 times; RUNS=1 does one run each with the same commands
corpus_run() {
  dockerfiles
  echo "== $(find "$corpus" -type f | wc -l) Dockerfiles, one process each"
  if [ "${RUNS:-5}" = 5 ]; then
    bash "$shared/compare.sh" corpus "$corpus"
  else
    PEERS_DIR=$("$shared/peers.sh"); export PEERS_DIR
    hyperfine -N -i --warmup 1 --runs "$RUNS" -n ecslint "./ecslint --format json $corpus" \
      -n ecslint-own-jvm "env ECSLINT_DAEMON=off ./ecslint --format json $corpus" \
      -n dockerfilelint "node $shared/batch-peers.js dockerfilelint $corpus" \
      -n dockerfile-utils "node $shared/batch-peers.js dockerfile-utils $corpus" \
      -n jvm-floor "java -cp $floor ReadAll $corpus"
  fi
}

# Task definitions, services, lifecycle policies, CloudFormation and compose: no runnable peer, so
# against the floor (a JVM that walks the directory and reads every file).
kinds() {
  local kind n dir
  for kind in ${KINDS:-taskdefs:40 cloudformation:20 compose:10 services:100 lifecycle:100 terraform:20}; do
    n=${kind#*:} kind=${kind%%:*} dir=/tmp/ecslint-bench-$kind
    if [ "$kind" = terraform ] && [ ! -d "$dir/copy$n" ]; then
      # Terraform modules are folders (scale-corpus.sh copies files): each copy keeps them whole
      rm -rf "$dir"; mkdir -p "$dir"
      for i in $(seq "$n"); do cp -r ../shared/corpus/terraform "$dir/copy$i"; done
    fi
    [ -d "$dir/copy$n" ] || bash "$shared/scale-corpus.sh" "../shared/corpus/$kind" "$n" "$dir" >&2
    echo "== $kind: $(find "$dir" -type f | wc -l) files against the JVM read floor"
    hyperfine -N -i --warmup "${WARMUP:-1}" --runs "${RUNS:-5}" -n ecslint "./ecslint --format json $dir" \
      -n ecslint-own-jvm "env ECSLINT_DAEMON=off ./ecslint --format json $dir" \
      -n jvm-floor "java -cp $floor ReadAll $dir"
  done
}

# The resident ecslint at its steady speed: after WARMUP runs (default 10) of the same folder, as a
# developer's resident process is after a morning's commits; against the peer and the floor on the
# Dockerfile corpus, and against the floor on the scaled folders of KINDS (made by `kinds` first).
warm() {
  dockerfiles
  PEERS_DIR=$("$shared/peers.sh"); export PEERS_DIR
  echo "== the resident ecslint after ${WARMUP:-10} warm-up runs: $(find "$corpus" -type f | wc -l) Dockerfiles"
  hyperfine -N -i --warmup "${WARMUP:-10}" --runs "${RUNS:-5}" -n ecslint "./ecslint --format json $corpus" \
    -n dockerfilelint "node $shared/batch-peers.js dockerfilelint $corpus" \
    -n jvm-floor "java -cp $floor ReadAll $corpus"
  local kind dir
  for kind in ${KINDS:-taskdefs:40 cloudformation:20 terraform:20}; do
    dir=/tmp/ecslint-bench-${kind%%:*}
    [ -d "$dir" ] || { echo "no $dir: run kinds first" >&2; continue; }
    echo "== the resident ecslint after ${WARMUP:-10} warm-up runs: ${kind%%:*}, $(find "$dir" -type f | wc -l) files"
    hyperfine -N -i --warmup "${WARMUP:-10}" --runs "${RUNS:-5}" -n ecslint "./ecslint --format json $dir" \
      -n jvm-floor "java -cp $floor ReadAll $dir"
  done
}

# Peak resident memory of the corpus run, every format at once, and the file count of the report: a JVM
# of its own (ECSLINT_DAEMON=off), and the resident ecslint, started fresh, after the same run three times.
memory() {
  dockerfiles
  local out formats pidfile
  out=$(mktemp -d)
  formats=(--format json:"$out/r.json" --format sarif:"$out/r.sarif" --format checkstyle:"$out/r.xml"
    --format junit:"$out/j.xml" --format gitlab:"$out/g.json" --format github:"$out/gh.txt" --format text:"$out/r.txt")
  echo "== peak RSS, $(find "$corpus" -type f | wc -l) Dockerfiles, every format"
  ECSLINT_DAEMON=off /usr/bin/time -f "ecslint (own JVM) peak RSS %M KB, %e s" ./ecslint "${formats[@]}" "$corpus" || true
  echo "files in the json report: $(grep -m1 '"files"' "$out/r.json")"
  stop_resident
  for _ in 1 2 3; do ./ecslint "${formats[@]}" "$corpus" >/dev/null 2>&1 || true; done
  for pidfile in cli/target/launcher/current/daemon-*/pid; do
    echo "resident ecslint after three runs: $(grep -E 'VmHWM' "/proc/$(cat "$pidfile")/status")"
  done
  echo "files in the json report: $(grep -m1 '"files"' "$out/r.json")"
  rm -rf "$out"
}

# The same single-file comparison with Temurin 25, whose launcher path uses the AOT cache (JEP 483/514/515).
jdk25() {
  local jdk
  jdk=$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)
  [ -n "$jdk" ] || { echo "no JDK 25 under /usr/lib/jvm"; return; }
  JAVA_HOME=$jdk ./ecslint --version >/dev/null
  echo "== one Dockerfile: JDK 17 AppCDS against JDK 25 AOT cache"
  hyperfine -N -i --warmup 3 --runs "${SINGLE_RUNS:-20}" \
    -n jdk17-appcds-own-jvm "env ECSLINT_DAEMON=off ./ecslint examples/Dockerfile" \
    -n jdk25-aot-own-jvm "env ECSLINT_DAEMON=off JAVA_HOME=$jdk ./ecslint examples/Dockerfile" \
    -n jdk17-resident "./ecslint examples/Dockerfile" \
    -n jdk25-resident "env JAVA_HOME=$jdk ./ecslint examples/Dockerfile" \
    -n dockerfilelint "/tmp/ecslint-peers/node_modules/.bin/dockerfilelint examples/Dockerfile"
}

case $what in
  single) single ;;
  corpus) corpus_run ;;
  kinds) kinds ;;
  warm) warm ;;
  memory) memory ;;
  jdk25) jdk25 ;;
  stop-resident) stop_resident ;;
  all) single; corpus_run; kinds; warm; memory; jdk25 ;;
  *) echo "usage: bench/whole-process.sh [single|corpus|kinds|warm|memory|jdk25|all]" >&2; exit 2 ;;
esac
