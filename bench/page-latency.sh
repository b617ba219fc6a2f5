#!/usr/bin/env bash
# Server response time of public pages on a warm server, from one keep-alive connection:
# p50/p95/p99 over N requests per page. The portal must be running.
# Usage: bench/page-latency.sh [base-url] [requests-per-page]
set -euo pipefail
base=${1:-http://localhost:8080}
n=${2:-500}
for path in /ka/ /hy/pages/migrantneri-resursayin-kentronner /en/topics/labour-migration /ka/help /sitemap.xml \
  /ka/services '/en/services?category=counter-trafficking&country=GEORGIA' /en/services/assistance-to-victims-of-trafficking \
  '/ka/search?q=%E1%83%9B%E1%83%98%E1%83%92%E1%83%A0%E1%83%90%E1%83%9C%E1%83%A2%E1%83%94%E1%83%91%E1%83%98%E1%83%A1' '/ka/search?q=migracia'; do
  urls=()
  for _ in $(seq 1 "$n"); do urls+=(-o /dev/null "$base$path"); done
  curl -s -H 'Accept-Encoding: gzip' -w '%{time_total}\n' "${urls[@]:0:150}" >/dev/null
  curl -s -H 'Accept-Encoding: gzip' -w '%{time_total}\n' "${urls[@]}" | sort -n | awk -v p="$path" '
    { t[NR] = $1 * 1000 }
    END { printf "%-50s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (n=%d)\n", p, t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], NR }'
done
