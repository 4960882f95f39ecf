#!/usr/bin/env bash
# A full sync of 20,000 Arrivy tasks with 5 status events each from a local fake Arrivy that answers at once,
# heap capped at 256 MB. Reports the requests made against the fewest Arrivy's API shape allows, and rows per second.
# Usage: bench/arrivy-sync.sh [tasks] [statuses per task] [duckdb|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl ingest-arrivy -am -DskipTests clean test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "ingest-arrivy/target/classes:ingest-arrivy/target/test-classes:ingest-http/target/classes:ingest-core/target/classes:ingest-core/target/test-classes:$(cat ingest-arrivy/target/bench.classpath)" \
  dev.ingest.arrivy.ArrivySyncBenchmark "$@"
