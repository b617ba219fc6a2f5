#!/usr/bin/env bash
# Directory benchmark: fills a throwaway database on the local PostgreSQL server with N
# generated services (default 10,000; their names say "generated benchmark service"), then
# reports p50/p95/p99 of the public directory's queries: filters, "open now", deep pages.
# Usage: bench/directory.sh [services] [rounds-per-query]
# Needs a PostgreSQL server at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
host=${PGHOST:-127.0.0.1}
port=${PGPORT:-5432}
db="${KEEP_DB:-portal_bench_directory_$$}"
psql -h "$host" -p "$port" -U postgres -qc "create database $db encoding 'UTF8' template template0"
[ -n "${KEEP_DB:-}" ] || trap 'psql -h "$host" -p "$port" -U postgres -qc "drop database if exists $db" >/dev/null 2>&1 || true' EXIT
mvn -B -ntp -q test-compile -Dspring-javaformat.skip=true
classpath=$(mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
SPRING_DATASOURCE_URL="jdbc:postgresql://$host:$port/$db" SPRING_DATASOURCE_USERNAME=postgres \
  java -Xmx512m -cp "target/test-classes:target/classes:$classpath" org.migrantportal.directory.DirectoryBenchmark \
  "${1:-10000}" "${2:-200}"
