#!/usr/bin/env bash
# Full re-syncs of a populated table against the first full sync of the same rows, in time and in bytes written:
# the Genius prospects stream (deletion detection on), 1,000,000 rows in MariaDB (database genius_bench, kept between
# runs), into a new PostgreSQL database (default; WAL written for it, by pg_waldump) or a new DuckDB file (what the
# file and its .wal grow by, and what the JVM wrote) each round; re-synced unchanged, then with 1% of the rows changed
# (the run must count exactly those updated). Heap capped at 256 MB. Needs MariaDB on 127.0.0.1:3306 (root, no
# password) and, for postgres, PostgreSQL on 127.0.0.1:5432 (user postgres).
# Usage: bench/resync.sh [rows] [rounds] [postgres|duckdb]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl ingest-genius -am -DskipTests clean package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
# The machine may be shared: the load before and after, beside the figures.
uptime
java -Xmx256m -cp "ingest-genius/target/classes:ingest-genius/target/test-classes:$(cat ingest-genius/target/bench.classpath)" \
  dev.ingest.genius.bench.GeniusResyncBenchmark "$@"
uptime
