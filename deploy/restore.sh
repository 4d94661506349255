#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into a NEW database (it refuses an existing one: a
# restore never overwrites data), then refreshes the planner's statistics, which a dump does not
# carry (without them the first queries on a large data set plan badly, and autovacuum may be off).
# Start the app on the new database as usual (DB_URL); Flyway finds the schema at its version.
#
#   deploy/restore.sh FILE NEW_DATABASE
#
# Connection: PGHOST, PGPORT, PGUSER, PGPASSWORD (defaults here: 127.0.0.1, 5432, postgres).
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 FILE NEW_DATABASE" >&2
  exit 2
fi
file=$1
database=$2
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

start=$(date +%s%N)
createdb "$database"
pg_restore --exit-on-error --no-owner --no-privileges --jobs=2 --dbname="$database" "$file"
restored_ms=$(( ($(date +%s%N) - start) / 1000000 ))
psql --quiet --no-psqlrc --set=ON_ERROR_STOP=1 --dbname="$database" --command="ANALYZE"
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "restore: $file into database $database in $elapsed_ms ms ($restored_ms ms restore, the rest ANALYZE)"
