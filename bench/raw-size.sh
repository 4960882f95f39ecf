#!/usr/bin/env bash
# What `_raw` costs in the warehouse: the Genius prospects of bench/genius-sync.sh's source (MariaDB database
# genius_bench, which that script fills: run it first with the same row count) copied to genius_raw_bench, then synced
# in full into a fresh PostgreSQL database by this checkout with INGEST_RAW=unmapped (the default) and =all, and by
# another checkout (the version before) when one is given. For each: the sync's wall time, `_raw`'s average bytes per
# row, and pg_total_relation_size('genius.prospects') against a plain table of the same typed columns and key.
# Needs MariaDB on 127.0.0.1:3306 (root, no password) and PostgreSQL on 127.0.0.1:5432 (user postgres).
# Usage: bench/raw-size.sh [rows] [other-checkout]; heap capped at 256 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
other=${2:-}
mysql=(mysql -h127.0.0.1 -uroot -N)
psql=(psql -h127.0.0.1 -Upostgres -v ON_ERROR_STOP=1 -qAt)

if [[ $("${mysql[@]}" -e "SELECT COUNT(*) FROM genius_bench.prospect" 2>/dev/null || echo 0) != "$rows" ]]; then
  echo "genius_bench.prospect does not hold $rows rows: run bench/genius-sync.sh $rows 1 first" >&2
  exit 2
fi
if [[ $("${mysql[@]}" -e "SELECT COUNT(*) FROM genius_raw_bench.prospect" 2>/dev/null || echo 0) != "$rows" ]]; then
  "${mysql[@]}" -e "DROP DATABASE IF EXISTS genius_raw_bench; CREATE DATABASE genius_raw_bench;
    CREATE TABLE genius_raw_bench.prospect LIKE genius_bench.prospect;
    INSERT INTO genius_raw_bench.prospect SELECT * FROM genius_bench.prospect"
fi

build() {
  (cd "$1" && ./mvnw -q -B -o -DskipTests package -pl ingest-runner -am)
}

# sync <label> <checkout> <INGEST_RAW value>: one full sync into database raw_bench_<label>, then its figures.
sync() {
  local label=$1 checkout=$2 raw=$3 database=raw_bench_$1
  "${psql[@]}" -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database"
  local started=$(date +%s.%N)
  env GENIUS_DB_HOST=127.0.0.1 GENIUS_DB_NAME=genius_raw_bench GENIUS_DB_USER=root INGEST_RAW="$raw" \
    INGEST_WAREHOUSE_URL="jdbc:postgresql://127.0.0.1:5432/$database" INGEST_WAREHOUSE_USER=postgres \
    java -Xmx256m -XX:+UseParallelGC -jar "$checkout/ingest-runner/target/ingest.jar" sync genius prospects --full \
    > /dev/null
  local seconds=$(echo "$(date +%s.%N) - $started" | bc)
  "${psql[@]}" -d "$database" -c "CHECKPOINT" -c "VACUUM ANALYZE genius.prospects" \
    -c "CREATE TABLE plain AS SELECT id, division_id, marketing_source_id, owner_user_id, first_name, last_name,
          company, notes, status, estimated_value, do_not_call, birth_date, is_deleted, created_at, updated_at
        FROM genius.prospects" -c "ALTER TABLE plain ADD PRIMARY KEY (id)" -c "VACUUM ANALYZE plain"
  "${psql[@]}" -d "$database" -F ' ' -c "SELECT count(*), count(_raw), avg(coalesce(octet_length(_raw), 0)),
      pg_total_relation_size('genius.prospects'), pg_total_relation_size('plain') FROM genius.prospects" |
    while read -r count kept raw total plain; do
      LC_ALL=C printf '%-22s %9d rows %6.1f s  _raw: %9d rows, %6.1f bytes/row  genius.prospects %5d MB = %.2fx plain %4d MB\n' \
        "$label" "$count" "$seconds" "$kept" "$raw" $((total >> 20)) "$(echo "$total / $plain" | bc -l)" $((plain >> 20))
    done
  "${psql[@]}" -d postgres -c "DROP DATABASE $database WITH (FORCE)"
}

build .
[[ -n $other ]] && build "$other"
echo "$(date -u +%FT%TZ) $(uptime)"
[[ -n $other ]] && sync before "$other" all
sync all . all
sync unmapped . unmapped
