#!/usr/bin/env bash
# Measures the portal's start: cold (empty data folder: the embedded PostgreSQL is initialised and
# the initial content imported) and warm (the same folder again), each until the Georgian home
# page answers, and the resident memory of the JVM after start. Usage: bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=8090
db_port=54339
jar=$(ls target/migrant-portal-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  mvn -B -q -DskipTests package
  jar=$(ls target/migrant-portal-*.jar | grep -v original | head -n 1)
fi
work=$(mktemp -d)
# the embedded PostgreSQL runs as an unprivileged user when started by root: it must reach its folder
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

start_once() { # $1 data dir; prints "seconds rss_kib"
  local begin pid
  begin=$(date +%s.%N)
  java -jar "$jar" --server.port=$port --spring.datasource.url= \
    --portal.embedded-database.data-directory="$1" --portal.embedded-database.port=$db_port \
    >"$work/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/ka/"; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { cat "$work/log"; exit 1; }
  done
  local end rss
  end=$(date +%s.%N)
  sleep 1
  rss=$(ps -o rss= -p $pid | tr -d ' ')
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(echo "$end - $begin" | bc) $rss"
}

echo "run cold_s warm_s jvm_rss_mib_after_start"
for i in $(seq 1 "$runs"); do
  dir="$work/data-$i"
  read -r cold _ < <(start_once "$dir")
  read -r warm rss < <(start_once "$dir")
  echo "$i $cold $warm $((rss / 1024))"
done
