#!/usr/bin/env bash
# Measures what an operator notices of a start and a stop, with the JVM settings of
# docs/operations.md (override with JAVA_OPTS): the time from `java -jar` to the first served
# Georgian home page on the embedded database (warm: the data folder of an earlier start), the
# resident memory after a warm-up of a few hundred page views, and the time from SIGTERM to the
# exit of the JVM, with any ERROR line the stop logged.
# Usage: bench/start-stop.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=8091
db_port=54341
java_opts=${JAVA_OPTS:-"-XX:+UseSerialGC -Xss512k -Xms64m -Xmx256m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -XX:+ExitOnOutOfMemoryError"}
jar=$(ls target/migrant-portal-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  mvn -B -q -o -DskipTests package
  jar=$(ls target/migrant-portal-*.jar | grep -v original | head -n 1)
fi
work=$(mktemp -d)
# the embedded PostgreSQL runs as an unprivileged user when started by root: it must reach its folder
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
pages="/ka/ /en/ /hy/ /ka/help /en/help /en/services /en/topics/labour-migration /en/search?q=visa /ka/news"

run_once() { # $1 data dir; prints "first_page_s rss_mib stop_s error_lines"
  local begin pid end rss stop_begin stop_end
  begin=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $java_opts -jar "$jar" --server.port=$port --spring.datasource.url= \
    --portal.embedded-database.data-directory="$1" --portal.embedded-database.port=$db_port \
    >"$work/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/ka/"; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { cat "$work/log" >&2; exit 1; }
  done
  end=$(date +%s.%N)
  for _ in $(seq 1 30); do
    for page in $pages; do curl -s -o /dev/null "http://localhost:$port$page"; done
  done
  rss=$(ps -o rss= -p $pid | tr -d ' ')
  stop_begin=$(date +%s.%N)
  kill -TERM $pid
  while kill -0 $pid 2>/dev/null; do sleep 0.05; done
  stop_end=$(date +%s.%N)
  echo "$(echo "$end - $begin" | bc) $((rss / 1024)) $(echo "$stop_end - $stop_begin" | bc) $(grep -c ' ERROR ' "$work/log" || true)"
}

echo "JVM: $java_opts"
echo "run first_page_s rss_mib_after_warmup sigterm_to_exit_s error_lines"
dir="$work/data"
run_once "$dir" >/dev/null # the cold start: initialises the cluster and imports the content
for i in $(seq 1 "$runs"); do
  echo "$i $(run_once "$dir")"
done
