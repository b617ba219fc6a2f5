#!/usr/bin/env bash
# Compressed weight of a content page with everything it loads (HTML, CSS, JS; no fonts or
# images are used), as a browser on slow mobile data receives it. The portal must be running.
# Usage: bench/page-weight.sh [base-url] [path]
set -euo pipefail
base=${1:-http://localhost:8080}
path=${2:-/ka/pages/migrantta-resurs-tsentrebi}
html=$(curl -fs "$base$path")
total=0
for url in "$path" $(echo "$html" | grep -oE '(href|src)="/(css|js)/[^"]+"' | sed -E 's/.*="([^"]+)"/\1/'); do
  bytes=$(curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$url")
  printf '%-60s %6d bytes\n' "$url" "$bytes"
  total=$((total + bytes))
done
printf '%-60s %6d bytes (%.1f KB)\n' "total, compressed" "$total" "$(echo "$total / 1024" | bc -l)"
