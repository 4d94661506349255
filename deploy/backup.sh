#!/usr/bin/env bash
# Backs up a Contas database: one pg_dump file in PostgreSQL's custom format (compressed; uploaded
# files are in the database, table stored_file_content, so they are in the dump too). Consistent
# while the app runs (one snapshot). Writes to a temporary name and renames when complete, then
# checks the archive can be read.
#
#   deploy/backup.sh DATABASE FILE
#
# Connection as for every PostgreSQL tool: PGHOST, PGPORT, PGUSER, PGPASSWORD (defaults here:
# 127.0.0.1, 5432, postgres).
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 DATABASE FILE" >&2
  exit 2
fi
database=$1
file=$2
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

start=$(date +%s%N)
pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$file.partial" "$database"
mv "$file.partial" "$file"
pg_restore --list "$file" > /dev/null
elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
bytes=$(stat -c %s "$file")
echo "backup: database $database to $file, $bytes bytes in $elapsed_ms ms"
