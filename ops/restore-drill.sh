#!/usr/bin/env bash
# The restore drill (docs/operations.md; security checks OPS-03 and OPS-04): proves that a
# backup restores, rather than trusting that it would. It restores a `pg_dump -Fc` dump into a
# scratch database, then checks, and stops with a line saying why at the first failure:
#   - the restore itself, and that Flyway recorded no failed migration;
#   - with DRILL_SOURCE_DB, that every content table holds as many rows as in that database;
#   - the recovery point: the backup is no older than DRILL_RPO_HOURS (26: a nightly backup),
#     and the newest change it holds (with DRILL_SOURCE_DB: against the live database's);
#   - that no published text shows a media file the database does not have (orphaned
#     references; DRILL_MAX_ORPHANED_REFERENCES, 0, allows some);
#   - with a media folder, that every file the database names (and its smaller copies) is there;
#   - with DRILL_PORTAL, a migration rehearsal: that portal (the next release) starts on the
#     restored copy, applies its new migrations and validates its schema, and then serves
#     DRILL_PAGES (20) random pages of its sitemap with 200;
#   - the recovery time: all of the above within DRILL_RTO_SECONDS (1800).
# The scratch database is dropped at the end (DRILL_KEEP_DB=1 keeps it).
# Usage: ops/restore-drill.sh DUMP [MEDIA_FOLDER]
# Environment: PGHOST, PGPORT, PGUSER and PGPASSWORD (or ~/.pgpass) of the server to restore on;
#   DRILL_SOURCE_DB the live database to compare with; DRILL_PORTAL the command that starts the
#   portal, e.g. "java -jar migrant-portal.jar".
# Run it on a schedule on last night's backup (ops/restore-drill.service and .timer: weekly),
# and alert on a non-zero exit.
set -euo pipefail
dump=${1:?usage: ops/restore-drill.sh DUMP [MEDIA_FOLDER]}
media=${2:-}
scratch="portal_restore_drill_$(date +%s)_$$"
fail() { echo "restore drill FAILED: $*" >&2; exit 1; }
sql() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

[ -r "$dump" ] || fail "no readable dump at $dump"
psql -X -q -d postgres -c "create database $scratch encoding 'UTF8' template template0" >/dev/null ||
  fail "cannot create the scratch database $scratch"
[ "${DRILL_KEEP_DB:-0}" = 1 ] || trap 'psql -X -q -d postgres -c "drop database if exists $scratch" >/dev/null 2>&1 || true' EXIT
started=$(date +%s)
rpo_hours=${DRILL_RPO_HOURS:-26}
age_hours=$(( ( started - $(stat -c %Y "$dump") ) / 3600 ))
[ "$age_hours" -le "$rpo_hours" ] ||
  fail "the backup is $age_hours hours old, more than the recovery point objective of $rpo_hours hours"
pg_restore --no-owner --no-acl --exit-on-error -d "$scratch" "$dump" 2>"/tmp/$scratch.log" ||
  fail "pg_restore could not restore $dump: $(tail -n 3 "/tmp/$scratch.log" | tr '\n' ' ')"
rm -f "/tmp/$scratch.log"
echo "restored $dump into $scratch in $(( $(date +%s) - started )) s"

version=$(sql "$scratch" "select max(version::int) from flyway_schema_history where success")
failed=$(sql "$scratch" "select count(*) from flyway_schema_history where not success")
[ "$failed" = 0 ] || fail "flyway_schema_history records $failed failed migrations"
echo "schema at migration V$version"

tables="topic topic_translation content_page content_page_translation translation_revision news_item
  news_item_translation organization organization_translation help_contact help_contact_revision
  service_listing service_listing_revision media_asset media_asset_translation account audit_entry"
for table in $tables; do
  restored=$(sql "$scratch" "select count(*) from $table")
  if [ -n "${DRILL_SOURCE_DB:-}" ]; then
    live=$(sql "$DRILL_SOURCE_DB" "select count(*) from $table")
    [ "$restored" = "$live" ] || fail "$table holds $restored rows restored, $live live"
  fi
  printf '%-28s %8s rows\n' "$table" "$restored"
done
newest=$(sql "$scratch" "select max(created_at) from translation_revision")
echo "newest revision of any page, topic or news item: ${newest:-none}"
if [ -n "${DRILL_SOURCE_DB:-}" ]; then
  live_newest=$(sql "$DRILL_SOURCE_DB" "select max(created_at) from translation_revision")
  lost=$(sql "$DRILL_SOURCE_DB" "select count(*) from translation_revision
    where created_at > coalesce(nullif('$newest', '')::timestamptz, '-infinity')")
  echo "newest revision live: ${live_newest:-none}; $lost revisions live are newer than the backup"
fi
echo "recovery point: the backup is $age_hours hours old (objective: at most $rpo_hours)"

# a published text that shows media:123 where no file 123 exists shows readers nothing there
orphans=$(sql "$scratch" "select string_agg(distinct ref, ' ') from (
  select (regexp_matches(published_body_html, '\"media:([0-9]{1,18})\"', 'g'))[1] as ref
  from content_page_translation where published_body_html is not null
  union all select (regexp_matches(published_body_html, '\"media:([0-9]{1,18})\"', 'g'))[1]
  from topic_translation where published_body_html is not null
  union all select (regexp_matches(published_body_html, '\"media:([0-9]{1,18})\"', 'g'))[1]
  from news_item_translation where published_body_html is not null) refs
  where not exists (select 1 from media_asset a where a.id = refs.ref::bigint)")
orphan_count=$(wc -w <<<"$orphans")
[ "$orphan_count" -le "${DRILL_MAX_ORPHANED_REFERENCES:-0}" ] ||
  fail "$orphan_count orphaned media references: published texts show media:$orphans, which the database does not have"
echo "orphaned media references in published texts: $orphan_count"

if [ -n "$media" ]; then
  missing=0
  # the file, its smaller copies and their WebP copies (columns read through jsonb, so a
  # dump from before the WebP copies is checked too)
  while read -r key; do
    file="$media/$key"
    [ -f "$file" ] || { echo "missing media file: $file" >&2; missing=$((missing + 1)); }
  done < <(sql "$scratch" "select a.storage_key from media_asset a
    union all select a.storage_key || '-webp' from media_asset a where to_jsonb(a) ->> 'webp_byte_size' is not null
    union all select a.storage_key || '-w' || v.width from media_asset a
      join media_asset_variant v on v.media_asset_id = a.id
    union all select a.storage_key || '-w' || v.width || '-webp' from media_asset a
      join media_asset_variant v on v.media_asset_id = a.id where to_jsonb(v) ->> 'webp_byte_size' is not null")
  [ "$missing" = 0 ] || fail "$missing media files named by the database are not in $media"
  echo "every media file the database names is in $media"
fi

if [ -n "${DRILL_PORTAL:-}" ]; then
  # the next release on the restored data: Flyway migrates, Hibernate validates, it serves
  log="/tmp/$scratch.portal.log"
  # shellcheck disable=SC2086
  $DRILL_PORTAL \
    --spring.datasource.url="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$scratch" \
    --spring.datasource.username="${PGUSER:-postgres}" --spring.datasource.password="${PGPASSWORD:-}" \
    --server.port=0 --spring.main.banner-mode=off ${media:+--portal.media.folder="$media"} >"$log" 2>&1 &
  portal=$!
  trap 'kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true
    [ "${DRILL_KEEP_DB:-0}" = 1 ] || psql -X -q -d postgres -c "drop database if exists $scratch" >/dev/null 2>&1 || true' EXIT
  port=
  for _ in $(seq 1 "${DRILL_START_SECONDS:-300}"); do
    kill -0 "$portal" 2>/dev/null ||
      fail "the portal did not start on the restored data: $(grep -m 3 -E 'ERROR|Caused by' "$log" | tr '\n' ' ')"
    port=$(grep -m 1 -oE 'started on port ([0-9]+)' "$log" | grep -oE '[0-9]+$' || true)
    [ -n "$port" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ] && break
    sleep 1
  done
  [ -n "$port" ] || fail "the portal did not answer within ${DRILL_START_SECONDS:-300} s on the restored data"
  echo "migration rehearsal: the portal migrated the restored copy to V$(sql "$scratch" "select max(version::int) from flyway_schema_history where success") and started"
  pages=$(curl -sf "http://127.0.0.1:$port/sitemap.xml" | grep -oE '<loc>[^<]+</loc>' | sed -E 's#</?loc>##g; s#^https?://[^/]+##' |
    shuf -n "${DRILL_PAGES:-20}" || true)
  [ -n "$pages" ] || fail "the portal on the restored data serves no sitemap"
  served=0
  for page in $pages; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$page")
    [ "$status" = 200 ] || fail "the portal on the restored data answers $page with $status"
    served=$((served + 1))
  done
  echo "the portal on the restored copy served $served random pages of its sitemap"
  kill "$portal" 2>/dev/null || true
  wait "$portal" 2>/dev/null || true
  rm -f "$log"
fi
rto=$(( $(date +%s) - started ))
[ "$rto" -le "${DRILL_RTO_SECONDS:-1800}" ] ||
  fail "the recovery took $rto s, more than the recovery time objective of ${DRILL_RTO_SECONDS:-1800} s"
echo "recovery time: $rto s from the dump to served pages (objective: at most ${DRILL_RTO_SECONDS:-1800} s)"
echo "restore drill passed"
