#!/usr/bin/env bash
# Search benchmark: generates N documents (default 50,000) in Georgian, English and Armenian
# from the words of the initial content, indexes them with the portal's own Lucene index and
# analysis, then reports the indexing time and p50/p95/p99 latency of typical queries
# (word forms, Latin transliteration, typos, wrong keyboard layout), snippets included.
# Usage: bench/search.sh [documents] [rounds-per-query]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -ntp -q test-compile -Dspring-javaformat.skip=true
classpath=$(mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
exec java -Xmx1g -cp "target/test-classes:target/classes:$classpath" org.migrantportal.search.SearchBenchmark \
  "${1:-50000}" "${2:-200}"
