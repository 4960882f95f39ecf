#!/usr/bin/env bash
# CSV import benchmark: a generated 1,000,000-row contacts CSV (12 columns, ~150 bytes a row, 2% bad rows)
# imported into PostgreSQL through the engine (profile hubspot_contacts: full cleaning, validation, upsert,
# heap capped at 256 MB), then in the same run the same file loaded by `psql \copy` and by pgloader into
# a table of the same columns and primary key with no validation (text columns, so bad values load too).
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust). Usage: bench/csv-import.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pgloader.sh
ROWS=${1:-1000000}
FILE=${CSV_BENCH_FILE:-/tmp/ingest-csv-bench-contacts.csv}
DB=ingest_bench_csv
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

./mvnw -q -B -pl ingest-csv -am -DskipTests clean test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ingest-csv/target/classes:ingest-csv/target/test-classes:$(cat ingest-csv/target/bench.classpath)"

java -Xmx256m -cp "$CP" dev.ingest.csv.bench.ContactsCsvGenerator "$FILE" "$ROWS"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

java -Xmx256m -cp "$CP" dev.ingest.csv.bench.CsvImportBenchmark "$FILE" "jdbc:postgresql://127.0.0.1:5432/$DB" postgres

COLUMNS="record_id bigint PRIMARY KEY, first_name text, last_name text, email text, phone text, company text, job_title text,
  city text, state text, zip text, created_at text, lifecycle_stage text"
"${PSQL[@]}" -d $DB -c "CREATE SCHEMA plain" -c "CREATE TABLE plain.copy_contacts ($COLUMNS)" -c "CREATE TABLE plain.pgloader_contacts ($COLUMNS)"

rate() { # name rows seconds
  awk -v n="$1" -v r="$2" -v s="$3" 'BEGIN { printf "%-35s %10d rows in %7.2f s = %9.0f rows/s\n", n, r, s, r / s }'
}

# The backend's CPU time (utime + stime from /proc, read by the superuser), before and after, in the \copy's session.
cat > /tmp/ingest-csv-bench-copy.sql <<SQL
\\set cpu 'SELECT (f[12]::bigint + f[13]::bigint) AS ticks FROM (SELECT regexp_split_to_array(split_part(pg_read_file(''/proc/'' || pg_backend_pid() || ''/stat''), '') '', 2), '' '') AS f) s'
:cpu \\gset before_
\\copy plain.copy_contacts FROM '$FILE' WITH (FORMAT csv, HEADER true)
:cpu \\gset after_
\\echo backend_cpu_ticks :before_ticks :after_ticks
SQL
start=$(date +%s.%N)
cpu=$("${PSQL[@]}" -d $DB -f /tmp/ingest-csv-bench-copy.sql)
end=$(date +%s.%N)
rows=$("${PSQL[@]}" -d $DB -Atc "SELECT count(*) FROM plain.copy_contacts")
rate "psql copy (no validation)" "$rows" "$(echo "$end - $start" | bc)"
echo "$cpu" | awk -v la="$(cut -d' ' -f1 /proc/loadavg)" \
  '{ printf "       CPU seconds: PostgreSQL backend %.1f; load average %s\n", ($3 - $2) / 100, la }'

cat > /tmp/ingest-csv-bench.load <<LOAD
LOAD CSV FROM '$FILE'
  INTO postgresql://postgres@127.0.0.1:5432/$DB TARGET TABLE plain.pgloader_contacts
  WITH skip header = 1, fields optionally enclosed by '"', fields terminated by ','
  SET work_mem to '64MB';
LOAD
start=$(date +%s.%N)
pgloader --quiet /tmp/ingest-csv-bench.load > /tmp/ingest-csv-bench-pgloader.log 2>&1 || { cat /tmp/ingest-csv-bench-pgloader.log; exit 1; }
end=$(date +%s.%N)
rows=$("${PSQL[@]}" -d $DB -Atc "SELECT count(*) FROM plain.pgloader_contacts")
rate "pgloader (no validation)" "$rows" "$(echo "$end - $start" | bc)"
