package dev.ingest.salesrabbit.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.TEXT;

import dev.ingest.core.spi.Stream;
import dev.ingest.salesrabbit.api.InferredApi;

/** {@code lead_statuses}: the statuses a lead can have, full each sync; their fields are those histories show. */
final class LeadStatuses {

    private LeadStatuses() {}

    static Stream stream(int pageSize) {
        return Listing.of("lead_statuses", InferredApi.LEAD_STATUSES, pageSize)
                .key("id")
                .column("id", INTEGER, "id")
                .column("name", TEXT, "name")
                .column("abbreviation", TEXT, "abbreviation")
                .column("active", BOOLEAN, "active")
                .build()
                .stream()
                .withDeletionDetection();
    }
}
