package dev.ingest.csv.bench;

import dev.ingest.core.engine.StreamResult;
import dev.ingest.core.engine.SyncEngine;
import dev.ingest.core.engine.SyncListener;
import dev.ingest.core.engine.SyncRequest;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.core.warehouse.Warehouse;
import dev.ingest.core.warehouse.WarehouseConfig;
import dev.ingest.csv.CsvImport;
import dev.ingest.csv.CsvImportOptions;

import java.nio.file.Path;

/**
 * Imports a generated contacts CSV into PostgreSQL through the engine, and times the stages apart so
 * it shows where the time goes: reading (parse + raw JSON records), reading with cleaning, the full
 * import (clean + COPY into staging + upsert + history), and a re-import where every row is unchanged.
 * Usage: {@code CsvImportBenchmark <file> <jdbc-url> <user>}.
 */
public final class CsvImportBenchmark {

    private CsvImportBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        WarehouseConfig config = new WarehouseConfig(args[1], args[2], null);
        CsvImportOptions options = CsvImportOptions.of("hubspot_contacts", file);

        long[] counts = stage("read (parse + raw records)", options, false);
        stage("read + clean (processor)", options, true);
        try (Warehouse warehouse = Warehouse.open(config)) {
            importOnce("import, empty table", warehouse, options);
            importOnce("re-import, all unchanged", warehouse, options);
        }
        System.out.printf("rows in file: %d%n", counts[0]);
    }

    private static long[] stage(String name, CsvImportOptions options, boolean clean) {
        CsvImport imp = CsvImport.open(options);
        long started = System.nanoTime();
        long records = 0;
        long rows = 0;
        try (RecordReader reader = imp.client().read(imp.plan().stream(), new ReadRequest(SyncMode.FULL, null, null, SyncRequest.DEFAULT_BATCH_SIZE))) {
            Batch batch;
            while ((batch = reader.next()) != null) {
                for (RawRecord record : batch.records()) {
                    records++;
                    if (clean && imp.plan().processor().process(record) instanceof Row) {
                        rows++;
                    }
                }
            }
        }
        report(name, records, System.nanoTime() - started, clean ? rows + " clean rows" : "");
        return new long[] {records};
    }

    private static void importOnce(String name, Warehouse warehouse, CsvImportOptions options) {
        CsvImport imp = CsvImport.open(options);
        long started = System.nanoTime();
        StreamResult result = new SyncEngine(warehouse).sync(imp.connector(), imp.client(),
                imp.request(SyncRequest.all()), SyncListener.NONE).streams().get(0);
        long elapsed = System.nanoTime() - started;
        if (result.error() != null) {
            throw new IllegalStateException(result.error());
        }
        report(name, result.counts().processed(), elapsed, String.format("created %d, updated %d, unchanged %d, rejected %d, duplicate keys %d; heap max %d MB",
                result.counts().created(), result.counts().updated(), result.counts().unchanged(), result.counts().rejected(),
                imp.duplicateKeys(), Runtime.getRuntime().maxMemory() >> 20));
    }

    private static void report(String name, long rows, long nanos, String detail) {
        double seconds = nanos / 1e9;
        System.out.printf("engine %-28s %,10d rows in %7.2f s = %,9.0f rows/s  %s%n", name, rows, seconds, rows / seconds, detail);
    }
}
