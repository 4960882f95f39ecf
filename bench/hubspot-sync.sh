#!/usr/bin/env bash
# A full sync of 20,000 contacts from a local fake HubSpot that allows 100 requests per rolling 10 s
# (429 beyond), heap capped at 256 MB. Reports throughput as a share of the rate-limit bound and the 429s.
# Usage: bench/hubspot-sync.sh [contacts]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -pl ingest-hubspot -am -DskipTests clean test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Xmx256m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "ingest-hubspot/target/classes:ingest-hubspot/target/test-classes:ingest-core/target/classes:ingest-core/target/test-classes:$(cat ingest-hubspot/target/bench.classpath)" \
  dev.ingest.hubspot.bench.HubSpotSyncBenchmark "$@"
