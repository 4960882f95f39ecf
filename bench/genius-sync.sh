#!/usr/bin/env bash
# Genius database sync against pgloader: a 1,000,000-row prospects table in MariaDB (database genius_bench,
# kept between runs) copied into PostgreSQL by pgloader and by the engine in the same run, then an
# incremental engine run after 1% of the rows changed, in each round. Heap capped at 256 MB.
# Needs MariaDB on 127.0.0.1:3306 (root, no password), PostgreSQL on 127.0.0.1:5432 (user postgres) and
# pgloader (installed from Debian when missing and run as root). Usage: bench/genius-sync.sh [rows] [rounds]; figures are the best of the rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pgloader.sh
./mvnw -q -B -pl ingest-genius -am -DskipTests clean package dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -Xmx256m -cp "ingest-genius/target/classes:ingest-genius/target/test-classes:$(cat ingest-genius/target/bench.classpath)" \
  dev.ingest.genius.bench.GeniusSyncBenchmark "$@"
