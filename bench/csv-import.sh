#!/usr/bin/env bash
# CSV import benchmark: a generated 1,000,000-row contacts CSV (12 columns, ~150 bytes a row, 2% bad rows)
# imported into PostgreSQL through the engine (profile hubspot_contacts: full cleaning, validation, upsert,
# heap capped at 256 MB), each round followed at once by `psql \copy` of the same file into a table of the
# same columns and primary key with no validation (text columns, so bad values load too); then pgloader,
# once, into another such table. Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust).
# Usage: bench/csv-import.sh [rows] [rounds] [warm|cold].
# warm (the default): one JVM for every round; the ratio is of the best round of each, every round's own printed too.
# cold: as ops run it, each round one fresh `./ingest import hubspot_contacts <file>` process (INGEST_JAVA_OPTS
# -Xmx256m) timed whole, then `psql \copy`; the median of the rounds' ratios. BENCH_VARIANTS, JVM option sets
# separated by `;`, runs each set's import and its \copy in turn within every round (default: `-Xmx256m`).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
ROUNDS=${2:-3}
MODE=${3:-warm}
[[ $MODE == warm || $MODE == cold ]] || { echo "bench/csv-import.sh: mode is warm or cold, not '$MODE'" >&2; exit 2; }
[[ $MODE == cold ]] || source bench/pgloader.sh
FILE=${CSV_BENCH_FILE:-/tmp/ingest-csv-bench-contacts.csv}
DB=${CSV_BENCH_DB:-ingest_bench_csv}
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)

./mvnw -q -B -pl ingest-csv -am -DskipTests clean test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
CP="ingest-csv/target/classes:ingest-csv/target/test-classes:$(cat ingest-csv/target/bench.classpath)"

java -Xmx256m -cp "$CP" dev.ingest.csv.bench.ContactsCsvGenerator "$FILE" "$ROWS"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

if [[ $MODE == cold ]]; then
  "${PSQL[@]}" -d $DB -c "CREATE SCHEMA plain" -c "CREATE TABLE plain.copy_contacts (record_id bigint PRIMARY KEY,
    first_name text, last_name text, email text, phone text, company text, job_title text, city text, state text,
    zip text, created_at text, lifecycle_stage text)"
  ./ingest --help >/dev/null # builds the runner and its class archive now rather than in the first round's time
  IFS=';' read -r -a variants <<< "${BENCH_VARIANTS:--Xmx256m}"
  declare -A ratios
  TIMEFORMAT='%R %U %S'
  for ((round = 1; round <= ROUNDS; round++)); do
    for variant in "${variants[@]}"; do
      "${PSQL[@]}" -d $DB -c "DROP TABLE IF EXISTS csv.hubspot_contacts" 2>/dev/null
      load=$(cut -d' ' -f1 /proc/loadavg)
      # The whole process, the launcher script included, as ops run it; exit 3 is a partial run (the file's bad rows).
      { time INGEST_JAVA_OPTS="$variant" INGEST_WAREHOUSE_USER=postgres ./ingest \
          --warehouse "jdbc:postgresql://127.0.0.1:5432/$DB" import hubspot_contacts "$FILE" \
          > /tmp/ingest-csv-bench-cold.log 2>&1 || [[ $? -eq 3 ]] || { cat /tmp/ingest-csv-bench-cold.log >&2; exit 1; }
      } 2> /tmp/ingest-csv-bench-cold.time
      read -r imported user sys < /tmp/ingest-csv-bench-cold.time
      read -r processed stream < <("${PSQL[@]}" -d $DB -Atc "SELECT processed, extract(epoch FROM finished_at - started_at)
        FROM ingest.sync_history ORDER BY started_at DESC LIMIT 1" -F ' ')
      "${PSQL[@]}" -d $DB -c "TRUNCATE plain.copy_contacts"
      { time "${PSQL[@]}" -d $DB -c "\copy plain.copy_contacts FROM '$FILE' WITH (FORMAT csv, HEADER true)"; } \
        2> /tmp/ingest-csv-bench-cold.time
      read -r copied _ < /tmp/ingest-csv-bench-cold.time
      copies=$("${PSQL[@]}" -d $DB -Atc "SELECT count(*) FROM plain.copy_contacts")
      [[ $processed -eq $copies ]] || { echo "the import processed $processed rows, \\copy loaded $copies" >&2; exit 1; }
      ratios[$variant]+="$(echo "100 * $copied / $imported" | bc -l) "
      awk -v r="$round" -v v="$variant" -v n="$processed" -v i="$imported" -v s="$stream" -v u="$user" -v y="$sys" \
          -v c="$copied" -v l="$load" 'BEGIN {
        printf "round %d [%s] load average %s\n", r, v, l
        printf "  ./ingest import  %9d rows in %6.2f s = %7.0f rows/s (stream %.2f s, JVM CPU %.1f s)\n", n, i, n / i, s, u + y
        printf "  psql \\copy       %9d rows in %6.2f s = %7.0f rows/s; import / \\copy rows/s %.0f%%\n", n, c, n / c, 100 * c / i }'
    done
  done
  for variant in "${variants[@]}"; do
    # shellcheck disable=SC2086 # one ratio a word.
    echo ${ratios[$variant]} | awk -v v="$variant" '{ for (i = 1; i <= NF; i++) { r[i] = $i; all = all sprintf("%s%.0f%%", i > 1 ? ", " : "", $i) }
      n = asort(r); printf "[%s] import / psql \\copy rows/s, median of %d rounds: %.1f%% (target >= 50%%); each round'"'"'s own: %s\n",
        v, n, n % 2 ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2, all }'
  done
  exit
fi

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
