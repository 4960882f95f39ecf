package dev.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.RejectedRecord;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.Warehouse;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.Record;

/** Runs imports of the test fixtures through the engine and reads back what landed, as text. */
final class ImportHarness {

    private ImportHarness() {}

    static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(ImportHarness.class.getResource("/fixtures/" + name), name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static CsvImportOptions options(String profile, String fixture) {
        return CsvImportOptions.of(profile, fixture(fixture));
    }

    /** Imports with small batches, so several batches and duplicate keys across them are exercised. */
    static StreamResult run(Warehouse warehouse, CsvImport imp, boolean dryRun) {
        SyncRequest request = imp.request(SyncRequest.all().withBatchSize(3).withDryRun(dryRun));
        SyncReport report = new SyncEngine(warehouse).sync(imp.connector(), imp.client(), request, SyncListener.NONE);
        assertThat(report.streams()).hasSize(1);
        StreamResult result = report.streams().get(0);
        assertThat(result.error()).isNull();
        long wouldLoad = dryRun ? result.counts().processed() - result.counts().rejected() : 0;
        assertThat(result.counts().processed())
                .as("processed = loaded + rejected")
                .isEqualTo(wouldLoad
                        + result.counts().created()
                        + result.counts().updated()
                        + result.counts().unchanged()
                        + result.counts().rejected());
        return result;
    }

    static StreamResult run(Warehouse warehouse, CsvImportOptions options) {
        return run(warehouse, CsvImport.open(options), false);
    }

    /** The given columns of every row of {@code csv.<table>}, in key order, each value as text. */
    static List<List<String>> rows(Warehouse warehouse, String table, String columns, String orderBy) {
        List<List<String>> rows = new ArrayList<>();
        for (Record record :
                warehouse.dsl().fetch("SELECT " + columns + " FROM csv." + table + " ORDER BY " + orderBy)) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < record.size(); i++) {
                row.add(text(record.get(i)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The {@code _raw} text of the row matching {@code where}, or {@code null}. */
    static String raw(Warehouse warehouse, String table, String where) {
        Object raw = warehouse.dsl().fetchValue("SELECT CAST(_raw AS VARCHAR) FROM csv." + table + " WHERE " + where);
        return raw == null ? null : raw.toString();
    }

    /** One field of the {@code _raw} JSON of the row matching {@code where}. */
    static String rawField(Warehouse warehouse, String table, String where, String field) {
        String json = raw(warehouse, table, where);
        try {
            return new ObjectMapper().readTree(json).get(field).asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code "line N: reason"} for each reject of a run, in order. */
    static List<String> rejects(Warehouse warehouse, StreamResult result) {
        return warehouse.rejects().forRun(result.runId()).stream()
                .map(ImportHarness::reject)
                .toList();
    }

    static String reject(RejectedRecord r) {
        return r.location() + ": " + r.reason();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant().toString();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
