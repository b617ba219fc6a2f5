#!/usr/bin/env bash
# The restore drill (docs/operations.md; security checks OPS-03 and OPS-04): proves that a
# backup restores, rather than trusting that it would. It restores a `pg_dump -Fc` dump into a
# scratch database, then checks, and stops with a line saying why at the first failure:
#   - the restore itself, and that Flyway recorded no failed migration;
#   - with DRILL_SOURCE_DB, that every content table holds as many rows as in that database;
#   - the newest change to the content, so a stale backup is seen;
#   - with a media folder, that every file the database names (and its smaller copies) is there;
#   - with DRILL_PORTAL, a migration rehearsal: that portal (the next release) starts on the
#     restored copy, applies its new migrations and validates its schema, then exits.
# The scratch database is dropped at the end (DRILL_KEEP_DB=1 keeps it).
# Usage: ops/restore-drill.sh DUMP [MEDIA_FOLDER]
# Environment: PGHOST, PGPORT, PGUSER and PGPASSWORD (or ~/.pgpass) of the server to restore on;
#   DRILL_SOURCE_DB the live database to compare with; DRILL_PORTAL the command that starts the
#   portal, e.g. "java -jar migrant-portal.jar".
# Run it on a schedule (a weekly cron job or systemd timer) on last night's backup, and alert
# on a non-zero exit.
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

if [ -n "$media" ]; then
  missing=0
  while IFS='|' read -r key width; do
    file="$media/$key${width:+-w$width}"
    [ -f "$file" ] || { echo "missing media file: $file" >&2; missing=$((missing + 1)); }
  done < <(sql "$scratch" "select a.storage_key, null from media_asset a
    union all select a.storage_key, v.width::text from media_asset a join media_asset_variant v on v.media_asset_id = a.id")
  [ "$missing" = 0 ] || fail "$missing media files named by the database are not in $media"
  echo "every media file the database names is in $media"
fi

if [ -n "${DRILL_PORTAL:-}" ]; then
  # the next release on the restored data: Flyway migrates, Hibernate validates, then it exits
  # shellcheck disable=SC2086
  JAVA_TOOL_OPTIONS="-Dspring.context.exit=onRefresh" $DRILL_PORTAL \
    --spring.datasource.url="jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$scratch" \
    --spring.datasource.username="${PGUSER:-postgres}" --spring.datasource.password="${PGPASSWORD:-}" \
    --server.port=0 --spring.main.banner-mode=off >"/tmp/$scratch.portal.log" 2>&1 ||
    fail "the portal did not start on the restored data: $(grep -m 3 -E 'ERROR|Caused by' "/tmp/$scratch.portal.log" | tr '\n' ' ')"
  rm -f "/tmp/$scratch.portal.log"
  echo "migration rehearsal: the portal migrated the restored copy to V$(sql "$scratch" "select max(version::int) from flyway_schema_history where success") and started"
fi
echo "restore drill passed"
