#!/usr/bin/env bash
# Server response time of public pages on a warm server, from one keep-alive connection:
# p50/p95/p99 over N requests per page. The portal must be running.
# Usage: bench/page-latency.sh [base-url] [requests-per-page]
set -euo pipefail
base=${1:-http://localhost:8080}
n=${2:-500}
for path in /ka/ /hy/pages/migrantneri-resursayin-kentronner /en/topics/labour-migration /ka/help /sitemap.xml; do
  urls=()
  for _ in $(seq 1 "$n"); do urls+=(-o /dev/null "$base$path"); done
  curl -s -H 'Accept-Encoding: gzip' -w '%{time_total}\n' "${urls[@]:0:150}" >/dev/null
  curl -s -H 'Accept-Encoding: gzip' -w '%{time_total}\n' "${urls[@]}" | sort -n | awk -v p="$path" '
    { t[NR] = $1 * 1000 }
    END { printf "%-50s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (n=%d)\n", p, t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], NR }'
done
