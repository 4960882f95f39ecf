#!/usr/bin/env bash
# A full sync of 200,000 leads from a local fake SalesRabbit that answers at once, into PostgreSQL and into
# DuckDB, heap capped at 256 MB. Reports rows/s and the requests made against ceil(rows / page size).
# Usage: bench/salesrabbit-sync.sh [leads] [page size] [postgres|duckdb]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl ingest-salesrabbit -am -DskipTests clean test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "ingest-salesrabbit/target/classes:ingest-salesrabbit/target/test-classes:ingest-http/target/classes:ingest-core/target/classes:ingest-core/target/test-classes:$(cat ingest-salesrabbit/target/bench.classpath)" \
  dev.ingest.salesrabbit.bench.SalesRabbitSyncBenchmark "$@"
