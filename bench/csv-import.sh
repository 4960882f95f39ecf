#!/usr/bin/env bash
# CSV import benchmark: a generated 1,000,000-row contacts CSV (12 columns, ~150 bytes a row, 2% bad rows)
# imported into PostgreSQL through the engine (profile hubspot_contacts: full cleaning, validation, upsert,
# heap capped at 256 MB), each round followed at once by `psql \copy` of the same file into a table of the
# same columns and primary key with no validation (text columns, so bad values load too); then pgloader,
# once, into another such table. Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust).
# Usage: bench/csv-import.sh [rows] [rounds]; the ratio is of the best round of each, every round's own printed too.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pgloader.sh
ROWS=${1:-1000000}
ROUNDS=${2:-3}
FILE=${CSV_BENCH_FILE:-/tmp/ingest-csv-bench-contacts.csv}
DB=ingest_bench_csv
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

./mvnw -q -B -pl ingest-csv -am -DskipTests clean test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ingest-csv/target/classes:ingest-csv/target/test-classes:$(cat ingest-csv/target/bench.classpath)"

java -Xmx256m -cp "$CP" dev.ingest.csv.bench.ContactsCsvGenerator "$FILE" "$ROWS"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

# The collector the ingest script runs the JVM with, so the figures are those of the runner's JVM.
java -Xmx256m -XX:+UseParallelGC -cp "$CP" dev.ingest.csv.bench.CsvImportBenchmark "$FILE" "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$ROUNDS"

"${PSQL[@]}" -d $DB -c "CREATE TABLE plain.pgloader_contacts (LIKE plain.copy_contacts INCLUDING ALL)"

rate() { # name rows seconds
  awk -v n="$1" -v r="$2" -v s="$3" 'BEGIN { printf "%-35s %10d rows in %7.2f s = %9.0f rows/s\n", n, r, s, r / s }'
}

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
