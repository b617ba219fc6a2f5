#!/usr/bin/env bash
# Measures what an operator notices of a start and a stop, with the JVM settings of
# docs/operations.md (override with JAVA_OPTS): the time from `java` to the first served
# Georgian home page on the embedded database (warm: the data folder of an earlier start), the
# resident memory after a warm-up of a few hundred page views, and the time from SIGTERM to the
# exit of the JVM, with any ERROR line the stop logged. These ways of starting are measured:
#   jar  `java -jar` on the jar `mvn package` builds (which starts from the build's
#        ahead-of-time bean definitions unasked: AheadOfTimeDefault);
#   cds  the same jar extracted (`java -Djarmode=tools -jar ... extract`) and started with a
#        class-data-sharing archive written by a training run (start, serve the pages below,
#        SIGTERM), as docs/operations.md describes, the ordinary way (-Dspring.aot.enabled=false).
#   aot  as cds, and with the bean definitions the build worked out ahead of time
#        (-Dspring.aot.enabled=true, training run included): the documented start.
#   aotcache  as aot, on a Java 24 or later (JAVA25, default the Temurin 25 under /usr/lib/jvm)
#        with its ahead-of-time cache (-XX:AOTCacheOutput in the training run, -XX:AOTCache
#        after) in place of the CDS archive.
# Usage: bench/start-stop.sh [runs] [modes, default "jar cds aot"]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
modes=${2:-jar cds aot}
java=java
java25=${JAVA25:-$(ls -d /usr/lib/jvm/temurin-2[5-9]*/bin/java 2>/dev/null | head -n 1)}
port=8091
db_port=54341
# glibc's malloc arenas, as in the Dockerfile and docs/operations.md
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
java_opts=${JAVA_OPTS:-"-XX:+UseSerialGC -Xss512k -Xms64m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -XX:+ExitOnOutOfMemoryError"}
jar=$(ls target/migrant-portal-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  mvn -B -q -o -DskipTests package
  jar=$(ls target/migrant-portal-*.jar | grep -v original | head -n 1)
fi
jar=$(realpath "$jar")
work=$(mktemp -d)
# the embedded PostgreSQL runs as an unprivileged user when started by root: it must reach its folder
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
pages="/ka/ /en/ /hy/ /ka/help /en/help /en/services /en/topics/labour-migration /en/search?q=visa /ka/news"

start() { # $1 data dir, $2... java options before -jar; sets pid
  local dir=$1
  shift
  # shellcheck disable=SC2086
  $java $java_opts "$@" --server.port=$port --spring.datasource.url= \
    --portal.embedded-database.data-directory="$dir" --portal.embedded-database.port=$db_port \
    >"$work/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/ka/"; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { cat "$work/log" >&2; exit 1; }
  done
}

stop() {
  kill -TERM $pid
  while kill -0 $pid 2>/dev/null; do sleep 0.05; done
}

run_once() { # $1 data dir, $2... java options before -jar; prints "first_page_s rss_mib stop_s error_lines"
  local begin end rss stop_begin stop_end
  begin=$(date +%s.%N)
  start "$@"
  end=$(date +%s.%N)
  for _ in $(seq 1 30); do
    for page in $pages; do curl -s -o /dev/null "http://localhost:$port$page"; done
  done
  rss=$(ps -o rss= -p $pid | tr -d ' ')
  stop_begin=$(date +%s.%N)
  stop
  stop_end=$(date +%s.%N)
  echo "$(echo "$end - $begin" | bc) $((rss / 1024)) $(echo "$stop_end - $stop_begin" | bc) $(grep -c ' ERROR ' "$work/log" || true)"
}

echo "JVM: $java_opts"
dir="$work/data"
run_once "$dir" -jar "$jar" >/dev/null # the cold start: initialises the cluster and imports the content
for mode in $modes; do
  case $mode in
    jar) launch=(-jar "$jar") ;;
    cds)
      java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
      app_jar="$work/app/$(basename "$jar")"
      # the training run: the archive holds the classes a start and the pages above loaded
      start "$dir" -Dspring.aot.enabled=false -XX:ArchiveClassesAtExit="$work/app/portal.jsa" -Xlog:cds=off -jar "$app_jar"
      for page in $pages; do curl -s -o /dev/null "http://localhost:$port$page"; done
      stop
      launch=(-Dspring.aot.enabled=false -XX:SharedArchiveFile="$work/app/portal.jsa" -jar "$app_jar")
      ;;
    aot)
      java -Djarmode=tools -jar "$jar" extract --force --destination "$work/app" >/dev/null
      app_jar="$work/app/$(basename "$jar")"
      start "$dir" -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit="$work/app/portal-aot.jsa" -Xlog:cds=off -jar "$app_jar"
      for page in $pages; do curl -s -o /dev/null "http://localhost:$port$page"; done
      stop
      launch=(-Dspring.aot.enabled=true -XX:SharedArchiveFile="$work/app/portal-aot.jsa" -jar "$app_jar")
      ;;
    aotcache)
      [ -x "$java25" ] || { echo "aotcache: no Java 24+ (set JAVA25)" >&2; exit 2; }
      java=$java25
      $java -Djarmode=tools -jar "$jar" extract --force --destination "$work/app" >/dev/null
      app_jar="$work/app/$(basename "$jar")"
      # the cache's own class space does not fit under the metaspace limit of the settings
      saved_opts=$java_opts
      java_opts=${java_opts//-XX:MaxMetaspaceSize=160m/}
      start "$dir" -Dspring.aot.enabled=true -XX:AOTCacheOutput="$work/app/portal.aot" -Xlog:aot=error -jar "$app_jar"
      for page in $pages; do curl -s -o /dev/null "http://localhost:$port$page"; done
      stop
      launch=(-Dspring.aot.enabled=true -XX:AOTCache="$work/app/portal.aot" -jar "$app_jar")
      ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
  esac
  echo "$mode: run first_page_s rss_mib_after_warmup sigterm_to_exit_s error_lines"
  for i in $(seq 1 "$runs"); do
    echo "$mode: $i $(run_once "$dir" "${launch[@]}")"
  done
  java=java
  java_opts=${saved_opts:-$java_opts}
done
