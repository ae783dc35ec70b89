#!/usr/bin/env bash
# What the check goal adds to `mvn clean verify`: the same small jar project with and without the
# plugin, about 50 artifacts from the shared corpus (20 Dockerfiles, 20 task definitions, 5 lifecycle
# policies, 5 services), built RUNS times each, alternating, offline after a warm-up. Prints the medians and the
# ratio, and the check goal's own time as Maven's log shows it.
#
# Needs a build of the plugin installed in maven-plugin/target/it-repo (any `mvn verify` of the
# reactor does that) and the main build's plugins in ~/.m2. Usage: maven-plugin/bench/overhead.sh [RUNS]
set -euo pipefail

runs=${1:-7}
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=${ECSLINT_CORPUS:-$here/../../shared/corpus}
it_repo=$here/target/it-repo
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$here/pom.xml" | head -1)
[ -d "$it_repo/dev/ecslint/ecslint-maven-plugin/$version" ] || { echo "build the plugin first: mvn verify" >&2; exit 2; }
[ -d "$corpus/dockerfiles" ] || { echo "no corpus at $corpus (set ECSLINT_CORPUS)" >&2; exit 2; }

work=$(mktemp -d /tmp/ecslint-overhead.XXXXXX)
trap 'rm -rf "$work"' EXIT
project=$work/project
mkdir -p "$project/src/main/java/demo" "$work/repo"
cp -r "$it_repo/." "$work/repo/"

n=0
for f in $(ls "$corpus/dockerfiles" | head -20); do
  n=$((n + 1)); mkdir -p "$project/services/s$n"; cp "$corpus/dockerfiles/$f" "$project/services/s$n/Dockerfile"
done
n=0
for f in $(ls "$corpus/taskdefs" | grep '\.json$' | head -20); do
  n=$((n + 1)); mkdir -p "$project/deploy/t$n"; cp "$corpus/taskdefs/$f" "$project/deploy/t$n/task-definition.json"
done
n=0
for f in $(ls "$corpus/lifecycle" | grep '\.json$' | head -5); do
  n=$((n + 1)); cp "$corpus/lifecycle/$f" "$project/deploy/lifecycle-policy-$n.json"
done
n=0
for f in $(ls "$corpus/services" | grep '\.json$' | head -5); do
  n=$((n + 1)); cp "$corpus/services/$f" "$project/deploy/service-$n.json"
done
echo "artifacts: $(find "$project/services" "$project/deploy" -type f | wc -l)"

cat > "$project/src/main/java/demo/App.java" <<'JAVA'
package demo;

public final class App {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
JAVA

cat > "$work/settings.xml" <<XML
<settings>
  <profiles><profile><id>m2</id><activation><activeByDefault>true</activeByDefault></activation>
    <repositories><repository><id>m2</id><url>file://$HOME/.m2/repository</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></repository></repositories>
    <pluginRepositories><pluginRepository><id>m2</id><url>file://$HOME/.m2/repository</url>
      <releases><checksumPolicy>ignore</checksumPolicy></releases><snapshots><checksumPolicy>ignore</checksumPolicy></snapshots></pluginRepository></pluginRepositories>
  </profile></profiles>
</settings>
XML

pom() { # $1 = extra plugin XML
  cat <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>demo</artifactId><version>1.0</version>
  <properties><maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <build><plugins>
    <plugin><artifactId>maven-clean-plugin</artifactId><version>3.4.1</version></plugin>
    <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
    <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
    <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
    <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
    $1
  </plugins></build>
</project>
XML
}
pom "" > "$project/pom-plain.xml"
# failOnViolation=false: the corpus has findings; the run must still lint, log and write every report
pom "<plugin><groupId>dev.ecslint</groupId><artifactId>ecslint-maven-plugin</artifactId><version>$version</version>
      <configuration><failOnViolation>false</failOnViolation><formats><format>sarif</format></formats></configuration>
      <executions><execution><goals><goal>check</goal></goals></execution></executions></plugin>" > "$project/pom-ecslint.xml"

build() { # $1 = pom, $2 = extra options; prints "wall cpu" seconds (cpu = user + system, all processes)
  (cd "$project" && /usr/bin/time -f '%e %U %S' -o "$work/time" \
      mvn -B ${2:-} -s "$work/settings.xml" -Dmaven.repo.local="$work/repo" -f "$1" \
        -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS \
        clean verify >"$work/last.log" 2>&1) \
    || { cat "$work/last.log" >&2; exit 1; }
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$work/time"
}

# The check goal's own time in Maven's log: from its "--- ecslint-maven-plugin" line (the plugin's
# resolution and class realm included) to the line that follows the goal (it runs last)
goal_time() {
  awk '/--- ecslint-maven-plugin/ {start = $1} start && /BUILD (SUCCESS|FAILURE)/ {end = $1; exit}
    function seconds(t, p) { split(t, p, ":"); return p[1] * 3600 + p[2] * 60 + p[3] }
    END { if (start && end) printf "%.3f\n", seconds(end) - seconds(start) }' "$work/last.log"
}

# warm-up, online: copies the plugins from ~/.m2 into the temporary local repository (offline mode
# refuses even a file:// repository for an artifact not fetched from it before)
build pom-plain.xml >/dev/null; build pom-ecslint.xml >/dev/null
echo "lint summary: $(grep -A7 '"summary"' "$project/target/ecslint/ecslint.json" | tr -d ' \n')"
: > "$work/plain"; : > "$work/with"; : > "$work/goal"
echo "load average before the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  build pom-plain.xml -o >> "$work/plain"; build pom-ecslint.xml -o >> "$work/with"; goal_time >> "$work/goal"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
minimum() { sort -n | head -1; }
report() { # $1 = column (1 wall, 2 cpu), $2 = label
  local p w
  p=$(awk -v c="$1" '{print $c}' "$work/plain" | median); w=$(awk -v c="$1" '{print $c}' "$work/with" | median)
  echo "$2: plain $(awk -v c="$1" '{printf "%s ", $c}' "$work/plain")-> median $p s"
  echo "$2: with  $(awk -v c="$1" '{printf "%s ", $c}' "$work/with")-> median $w s"
  echo "$2: median added $(echo "$w - $p" | bc) s, ratio with/without $(echo "scale=3; $w / $p" | bc)"
  # the fastest run is the least disturbed by other processes on a shared machine
  p=$(awk -v c="$1" '{print $c}' "$work/plain" | minimum); w=$(awk -v c="$1" '{print $c}' "$work/with" | minimum)
  echo "$2: fastest plain $p s, with $w s: added $(echo "$w - $p" | bc) s, ratio $(echo "scale=3; $w / $p" | bc)"
}
report 1 wall
report 2 cpu
echo "check goal in Maven's log: $(tr '\n' ' ' < "$work/goal")-> median $(median < "$work/goal") s, fastest $(minimum < "$work/goal") s"
