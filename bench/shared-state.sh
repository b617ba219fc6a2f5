#!/usr/bin/env bash
# What sharing sessions and rate limits through PostgreSQL costs the database per request:
# pgbench runs, on one client, the statements of (a) one Bucket4j rate-limit check (select for
# update, update, commit: every public search and form post) and (b) one back-office session
# read (the session row and its attributes, by id), against the portal's tables. Reports
# transactions per second and average latency. Needs a database migrated by the portal.
# Usage: bench/shared-state.sh [jdbc-less connection string, e.g. "-h 127.0.0.1 -U postgres portal"] [seconds]
set -euo pipefail
conn=${1:-"-h 127.0.0.1 -U postgres portal"}
seconds=${2:-10}
dir=$(mktemp -d)
trap 'rm -rf "$dir"; psql $conn -qc "delete from rate_limit_bucket where id like '"'"'bench:%'"'"'" >/dev/null' EXIT
cat > "$dir/bucket.sql" <<'SQL'
\set client random(1, 1000)
begin;
insert into rate_limit_bucket(id, state) values ('bench:' || :client, null) on conflict (id) do nothing;
select state from rate_limit_bucket where id = 'bench:' || :client for update;
update rate_limit_bucket set state = decode(repeat('ab', 120), 'hex'), expires_at = 0 where id = 'bench:' || :client;
commit;
SQL
cat > "$dir/session.sql" <<'SQL'
select s.primary_id, s.session_id, s.creation_time, s.last_access_time, s.max_inactive_interval,
       sa.attribute_name, sa.attribute_bytes
from spring_session s left join spring_session_attributes sa on s.primary_id = sa.session_primary_id
where s.session_id = 'bench-no-such-session';
SQL
for script in bucket session; do
  printf '%-8s ' "$script"
  pgbench $conn -n -c 1 -T "$seconds" -f "$dir/$script.sql" 2>/dev/null | awk '/latency average/ {l=$4} /^tps/ {t=$3} END {printf "%8.0f tps  %6.3f ms average\n", t, l}'
done
