#!/usr/bin/env bash
# A full sync of 50,000 calls of one account from a local fake CallRail that allows 20 requests per rolling 10 s (its
# hourly budget scaled down; 429 without headers beyond), heap capped at 256 MB. Reports the requests made against
# the minimum, the 429s, and records per budget window as a share of the bound.
# Usage: bench/callrail-sync.sh [calls] [requests per window] [window seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl ingest-callrail -am -DskipTests clean test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "ingest-callrail/target/classes:ingest-callrail/target/test-classes:ingest-http/target/classes:ingest-core/target/classes:ingest-core/target/test-classes:$(cat ingest-callrail/target/bench.classpath)" \
  dev.ingest.callrail.bench.CallRailSyncBenchmark "$@"
