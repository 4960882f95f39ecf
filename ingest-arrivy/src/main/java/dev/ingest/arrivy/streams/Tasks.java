package dev.ingest.arrivy.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;
import static dev.ingest.core.spi.JsonFields.field;

import dev.ingest.arrivy.window.SlicedRange;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.http.paging.PhasedReader;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Tasks (jobs), by scheduled time. Each run lists its range ({@link TaskListing}), then asks Arrivy by id about every
 * task the table holds in that range that the listing no longer gave ({@link TaskRecheck}): a moved task is loaded as
 * it is now, a deleted one (404) is marked {@code _deleted_at}. The cursor, the latest scheduled start, only tells an
 * incremental run from a full one; a cursor before the rolling window ({@code --since}) widens it.
 */
public final class Tasks {

    private static final JsonFields FIELDS = new JsonFields(
            List.of(
                    field("id", INTEGER, "id"),
                    field("url_safe_id", TEXT, "url_safe_id"),
                    field("external_id", TEXT, "external_id"),
                    field("title", TEXT, "title"),
                    field("details", TEXT, "details"),
                    field("template", INTEGER, "template"),
                    JsonFields.derived("listing", TEXT),
                    field("unscheduled", BOOLEAN, "unscheduled"),
                    field("start_datetime", TIMESTAMP, "start_datetime"),
                    JsonFields.derived("start_offset", TEXT),
                    field("start_datetime_original_iso_str", TEXT, "start_datetime_original_iso_str"),
                    field("end_datetime", TIMESTAMP, "end_datetime"),
                    JsonFields.derived("end_offset", TEXT),
                    field("end_datetime_original_iso_str", TEXT, "end_datetime_original_iso_str"),
                    field("enable_time_window_display", BOOLEAN, "enable_time_window_display"),
                    field("time_window_start", INTEGER, "time_window_start"),
                    field("customer_id", INTEGER, "customer_id"),
                    field("customer_first_name", TEXT, "customer_first_name"),
                    field("customer_last_name", TEXT, "customer_last_name"),
                    field("customer_company_name", TEXT, "customer_company_name"),
                    field("customer_email", TEXT, "customer_email"),
                    field("customer_mobile_number", TEXT, "customer_mobile_number"),
                    field("customer_phone", TEXT, "customer_phone"),
                    field("customer_address_line_1", TEXT, "customer_address_line_1"),
                    field("customer_address_line_2", TEXT, "customer_address_line_2"),
                    field("customer_city", TEXT, "customer_city"),
                    field("customer_state", TEXT, "customer_state"),
                    field("customer_country", TEXT, "customer_country"),
                    field("customer_zipcode", TEXT, "customer_zipcode"),
                    field("customer_exact_location", JSON, "customer_exact_location"),
                    field("customer_notes", TEXT, "customer_notes"),
                    field("entity_ids", JSON, "entity_ids"),
                    field("resource_ids", JSON, "resource_ids"),
                    field("group_id", INTEGER, "group_id"),
                    field("source", TEXT, "source"),
                    field("external_url", TEXT, "external_url"),
                    field("notifications", JSON, "notifications"),
                    field("additional_addresses", JSON, "additional_addresses"),
                    field("extra_fields", JSON, "extra_fields"),
                    field("items", JSON, "items")),
            List.of("id"),
            new JsonFields.SoftDelete(TaskFields.DELETED_MARKER, null));

    public static final ArrivyStream STREAM =
            new ArrivyStream("tasks", FIELDS.columns(), "start_datetime", true, new TaskFields(FIELDS), Tasks::read);

    private Tasks() {}

    private static RecordReader read(ArrivySource source, ReadRequest request, StoredRows stored) {
        SlicedRange.Slice range = source.window().range(request);
        Set<Long> listed = new HashSet<>();
        Map<String, Function<String, RecordReader>> phases = new LinkedHashMap<>();
        TaskListing.phases(source, range, Map.of())
                .forEach((name, open) -> phases.put(
                        name, checkpoint -> new Listed(open.apply(checkpoint), listed, name.equals("scheduled"))));
        TaskRecheck.Scope scope =
                request.mode() == SyncMode.FULL ? TaskRecheck.Scope.everything() : TaskRecheck.Scope.window(range);
        // A resumed run did not list the pages before its checkpoint: it lists the range again, ids only, rather than
        // ask Arrivy about each of their tasks one by one.
        Supplier<Set<Long>> seen = request.checkpoint() == null ? () -> listed : () -> relisted(source, range);
        phases.put("recheck", checkpoint -> new TaskRecheck(source.api(), stored, scope, seen, checkpoint));
        return new PhasedReader(phases, request.checkpoint());
    }

    private static Set<Long> relisted(ArrivySource source, SlicedRange.Slice range) {
        Set<Long> ids = new HashSet<>();
        for (Function<String, RecordReader> phase :
                TaskListing.phases(source, range, Map.of()).values()) {
            try (RecordReader reader = phase.apply(null)) {
                Batch batch;
                while ((batch = reader.next()) != null) {
                    batch.records().forEach(r -> ids.add(r.data().path("id").asLong()));
                }
            }
        }
        return ids;
    }

    /**
     * A phase of the listing whose task ids are kept, for the re-check to tell which stored tasks went missing. Only
     * the scheduled phase comes in the order of the cursor.
     */
    private record Listed(RecordReader pages, Set<Long> listed, boolean inCursorOrder) implements RecordReader {
        @Override
        public Batch next() {
            Batch batch = pages.next();
            if (batch == null) {
                return null;
            }
            batch.records().forEach(r -> listed.add(r.data().path("id").asLong()));
            return inCursorOrder ? batch : batch.outOfCursorOrder();
        }

        @Override
        public void close() {
            pages.close();
        }
    }
}
