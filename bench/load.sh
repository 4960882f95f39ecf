#!/usr/bin/env bash
# The engine against plain COPY (PostgreSQL) and a plain appender (DuckDB), 1,000,000 sample contacts,
# heap capped at 256 MB. Needs PostgreSQL on 127.0.0.1:5432 (user postgres).
# Usage: bench/load.sh [rows] [rounds] [postgres|duckdb]; BENCH_HEAP and BENCH_JAVA_OPTS replace the heap cap or add JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl ingest-core -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java ${BENCH_HEAP:--Xmx256m} ${BENCH_JAVA_OPTS:-} -cp "ingest-core/target/classes:ingest-core/target/test-classes:$(cat ingest-core/target/bench.classpath)" \
  dev.ingest.core.bench.LoadBenchmark "$@"
