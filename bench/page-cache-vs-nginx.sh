#!/usr/bin/env bash
# Server CPU per request of a Georgian article page: served from the portal's page cache, the
# same bytes served by nginx, and the page rendered without the cache; side by side in one run,
# interleaved (cached, nginx, uncached; cached, nginx, uncached; ...), as docs/performance
# method asks, once the JVMs' compilers are done: after the warm-up, each portal is run 10 s at
# a time until its JIT compiler threads took under 2% of its CPU in a run (a portal on one core
# shares it with its compiler, which keeps compiling for a minute or two under load: on
# 2026-12-07 the uncached render cost 1.5 ms a request in the first run after a 30 s warm-up
# and 0.66 ms once the compiler was done, 70 s later). The server under test (the portal,
# nginx) is pinned to core 1, wrk to core 0.
# CPU per request = (utime + stime of the server's processes, from /proc/<pid>/stat) / requests.
#
# The uncached render is asked from a second portal on the same database, started with
# portal.page-cache.enabled=false, by the same anonymous request: it is the render a visitor
# whose page is not cached costs. That portal keeps the views behind the pages
# (portal.page-cache.keep-views=true, as a portal with the page cache does), so the figure is
# the template's; COLD=1 keeps no views either, so every render asks the database. It is asked without Accept-Encoding, so the figure is the
# render, not Tomcat's on-the-fly gzip. (With a URL given, the uncached render is asked of that
# portal with a PORTAL_SESSION cookie, which the page cache never answers; then the figure also
# holds the look-up of that unknown session in the session store.)
#
# Usage: bench/page-cache-vs-nginx.sh [portal-base-url] [seconds-per-run] [repetitions]
#   With no URL, starts the portal jar (target/migrant-portal-*.jar, built if missing) on port
#   8091 with the embedded PostgreSQL; with a URL, uses the portal already listening there
#   (its process is found by its port; run this script as the same user). Then only the JVM's
#   CPU is counted, not its database's (a shared server's cannot be told apart); a cached page
#   asks the database nothing, so only the uncached figure is lower than the truth.
#   The portals start as docs/operations.md says, with the build's ahead-of-time bean definitions
#   and generated queries (-Dspring.aot.enabled=true); AOT=0 starts them the ordinary way.
#   JAVA_EXTRA_OPTS adds JVM options to both portals (e.g. -XX:TieredStopAtLevel=1).
# Needs: wrk and nginx-light (installed with apt-get when missing), curl, taskset, ss.
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-}
seconds=${2:-15}
reps=${3:-5}
warmup=${WARMUP_SECONDS:-30}
aot_flag=$([ "${AOT:-1}" = 1 ] && echo -Dspring.aot.enabled=true || echo -Dspring.aot.enabled=false)
read -r -a extra_opts <<<"${JAVA_EXTRA_OPTS:-}"
path=${ARTICLE_PATH:-/ka/pages/migrantta-resurs-tsentrebi}
nginx_port=8092
work=$(mktemp -d)
# the embedded PostgreSQL runs as an unprivileged user when started by root: it must reach its folder
chmod 755 "$work"
portal_pid=
nginx_pid=
uncached_pid=
uncached_base=
cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  [ -n "${started_portal:-}" ] && kill "$portal_pid" 2>/dev/null || true
  [ -n "$uncached_pid" ] && kill "$uncached_pid" 2>/dev/null || true
  # the portals stop their embedded PostgreSQL as they exit: its folder must outlive that,
  # else the database server outlives the portal and holds the port for the next run
  for pid in ${started_portal:+$portal_pid} $uncached_pid; do
    for _ in $(seq 1 100); do
      state=$(ps -o stat= -p "$pid" 2>/dev/null || true)
      [ -z "$state" ] || [[ $state == Z* ]] && break
      sleep 0.1
    done
  done
  rm -rf "$work"
}
trap cleanup EXIT

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=; [ "$(id -u)" -ne 0 ] && sudo_cmd=sudo
  $sudo_cmd apt-get install -y -q "${missing[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

if [ -z "$base" ]; then
  jar=$(ls target/migrant-portal-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  if [ -z "$jar" ]; then
    mvn -B -q -o -DskipTests package
    jar=$(ls target/migrant-portal-*.jar | grep -v original | head -n 1)
  fi
  taskset -c 1 java "$aot_flag" "${extra_opts[@]}" -XX:+UseSerialGC -Xms512m -Xmx512m -jar "$jar" --server.port=8091 --spring.datasource.url= \
    --portal.embedded-database.data-directory="$work/db" --portal.embedded-database.port=54338 \
    >"$work/portal.log" 2>&1 &
  portal_pid=$!
  started_portal=1
  base=http://localhost:8091
  until curl -fs -o /dev/null "$base$path"; do
    sleep 0.2
    kill -0 "$portal_pid" 2>/dev/null || { cat "$work/portal.log"; exit 1; }
  done
  # the same portal on the same database without the page cache, for the uncached render
  taskset -c 1 java "$aot_flag" "${extra_opts[@]}" -XX:+UseSerialGC -Xms512m -Xmx512m -jar "$jar" --server.port=8093 \
    --spring.datasource.url=jdbc:postgresql://localhost:54338/portal --spring.datasource.username=postgres \
    --spring.datasource.password= --portal.page-cache.enabled=false --portal.demo-data=true \
    --portal.page-cache.keep-views="$([ "${COLD:-0}" = 1 ] && echo false || echo true)" \
    >"$work/uncached.log" 2>&1 &
  uncached_pid=$!
  uncached_base=http://localhost:8093
  until curl -fs -o /dev/null "$uncached_base$path"; do
    sleep 0.2
    kill -0 "$uncached_pid" 2>/dev/null || { cat "$work/uncached.log"; exit 1; }
  done
  # the embedded PostgreSQL on the same core, and counted: the render's queries are its work
  postmaster=$(head -n 1 "$work/db/postmaster.pid" 2>/dev/null || true)
  for pg in $postmaster $(pgrep -P "${postmaster:-0}" || true); do taskset -a -cp 1 "$pg" >/dev/null; done
else
  port=$(echo "$base" | sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#')
  port=${port:-80}
  portal_pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
  [ -n "$portal_pid" ] || { echo "no process listens on port $port" >&2; exit 1; }
  taskset -a -cp 1 "$portal_pid" >/dev/null
fi

# the same bytes, plain and gzip, served by nginx (gzip_static: no compression per request)
mkdir -p "$work/www/p"
chmod 755 "$work" "$work/www" "$work/www/p" # nginx's workers may run as another user
curl -fs "$base$path" -o "$work/www/p/article.html"
curl -fs "$base$path" -o /dev/null # the first request filled the cache; this one is a hit
curl -fs -H 'Accept-Encoding: gzip' "$base$path" -o "$work/www/p/article.html.gz"
chmod 644 "$work"/www/p/*
echo "page: $path, $(stat -c %s "$work/www/p/article.html") bytes, gzip $(stat -c %s "$work/www/p/article.html.gz") bytes"
echo "cache: $(curl -fsI "$base$path" | tr -d '\r' | grep -i '^x-cache' || echo 'no X-Cache header')"
cat >"$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  keepalive_requests 1000000;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    gzip_static on;
    location / { types { } default_type "text/html; charset=UTF-8"; }
  }
}
EOF
mkdir -p "$work/tmp"
taskset -c 1 "$nginx_bin" -c "$work/nginx.conf" -g 'daemon off;' 2>"$work/nginx.out" &
nginx_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/p/article.html"; do
  sleep 0.1
  kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/nginx.out" "$work/nginx-error.log" 2>/dev/null; exit 1; }
done
gz_header=$(curl -fsI -H 'Accept-Encoding: gzip' "http://127.0.0.1:$nginx_port/p/article.html" | tr -d '\r' | grep -ci '^content-encoding: gzip' || true)
[ "$gz_header" = 1 ] || echo "warning: this nginx has no gzip_static; it serves the plain bytes"

ticks() { # total utime+stime (clock ticks) of a process and its children processes
  local total=0 p
  for p in "$@" $(pgrep -P "$1" 2>/dev/null || true); do
    [ -r "/proc/$p/stat" ] || continue
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$p/stat")))
  done
  echo "$total"
}
server_ticks() { # the portal's ticks include its embedded PostgreSQL's, when this script started it
  local total
  total=$(ticks "$1")
  if { [ "$1" = "$portal_pid" ] || [ "$1" = "$uncached_pid" ]; } && [ -n "${postmaster:-}" ]; then total=$((total + $(ticks "$postmaster"))); fi
  echo "$total"
}
hz=$(getconf CLK_TCK)
run() { # name pid duration url [header]; prints "name requests cpu_us_per_request"
  local name=$1 pid=$2 duration=$3 url=$4 header=${5:-} before after out requests
  before=$(server_ticks "$pid")
  if [ -n "$header" ]; then
    out=$(taskset -c 0 wrk -t1 -c8 -d"${duration}s" -H "$header" "$url")
  else
    out=$(taskset -c 0 wrk -t1 -c8 -d"${duration}s" "$url")
  fi
  after=$(server_ticks "$pid")
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  echo "$name $requests $(echo "($after - $before) * 1000000 / $hz / $requests" | bc -l)"
}

cached_url="$base$path"
if [ -n "$uncached_pid" ]; then
  uncached_target=("$uncached_pid" "$uncached_base$path" 'Accept: text/html')
else
  uncached_target=("$portal_pid" "$base$path" 'Cookie: PORTAL_SESSION=bench')
fi
nginx_url="http://127.0.0.1:$nginx_port/p/article.html"
compiler_ticks() { # CPU ticks of a JVM's JIT compiler threads
  local total=0 task
  for task in /proc/"$1"/task/*; do
    grep -q 'CompilerThre' "$task/comm" 2>/dev/null || continue
    total=$((total + $(awk '{ print $14 + $15 }' "$task/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
steady() { # name pid url header: 10 s runs until the JIT compiler took under 2% of the portal's CPU
  local name=$1 pid=$2 window before_all before_jit after_all after_jit cpu
  for window in $(seq 1 "${STEADY_WINDOWS:-60}"); do
    before_all=$(ticks "$pid")
    before_jit=$(compiler_ticks "$pid")
    read -r _ _ cpu <<<"$(run "$name" "$pid" 10 "$3" "$4")"
    after_all=$(ticks "$pid")
    after_jit=$(compiler_ticks "$pid")
    share=$(echo "100 * ($after_jit - $before_jit) / ($after_all - $before_all + 1)" | bc -l)
    printf '  %s, 10 s run %d: %.1f us/request, JIT compiler %.1f%% of its CPU\n' "$name" "$window" "$cpu" "$share"
    if [ "$(echo "$share < 2" | bc -l)" = 1 ]; then return; fi
  done
}
echo "warming up (${warmup}s each, then each portal until its JIT compiler is done)..."
run warm "$portal_pid" "$warmup" "$cached_url" 'Accept-Encoding: gzip' >/dev/null
run warm "$nginx_pid" "$warmup" "$nginx_url" 'Accept-Encoding: gzip' >/dev/null
run warm "${uncached_target[0]}" "$warmup" "${uncached_target[1]}" "${uncached_target[2]}" >/dev/null
steady cached "$portal_pid" "$cached_url" 'Accept-Encoding: gzip'
steady uncached "${uncached_target[0]}" "${uncached_target[1]}" "${uncached_target[2]}"

printf '%-4s %-22s %10s %14s\n' rep target requests 'cpu_us/request'
: >"$work/results"
for rep in $(seq 1 "$reps"); do
  for target in cached nginx uncached; do
    case $target in
      cached) line=$(run cached "$portal_pid" "$seconds" "$cached_url" 'Accept-Encoding: gzip') ;;
      nginx) line=$(run nginx "$nginx_pid" "$seconds" "$nginx_url" 'Accept-Encoding: gzip') ;;
      uncached) line=$(run uncached "${uncached_target[0]}" "$seconds" "${uncached_target[1]}" "${uncached_target[2]}") ;;
    esac
    echo "$line" >>"$work/results"
    read -r name requests cpu <<<"$line"
    printf '%-4s %-22s %10s %14.1f\n' "$rep" "$name" "$requests" "$cpu"
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
cached=$(awk '$1 == "cached" { print $3 }' "$work/results" | median)
nginx=$(awk '$1 == "nginx" { print $3 }' "$work/results" | median)
uncached=$(awk '$1 == "uncached" { print $3 }' "$work/results" | median)
echo
printf 'median server CPU per request: cached %.1f us, nginx %.1f us, uncached render %.1f us\n' "$cached" "$nginx" "$uncached"
printf 'cached / nginx   = %.1fx (target <= 5x)\n' "$(echo "$cached / $nginx" | bc -l)"
printf 'uncached / nginx = %.1fx; uncached render = %.2f ms (target <= 1 ms)\n' \
  "$(echo "$uncached / $nginx" | bc -l)" "$(echo "$uncached / 1000" | bc -l)"
