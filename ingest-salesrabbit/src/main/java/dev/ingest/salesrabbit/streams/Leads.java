package dev.ingest.salesrabbit.streams;

import static dev.ingest.core.spi.ColumnType.DECIMAL;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import dev.ingest.core.spi.Stream;
import dev.ingest.salesrabbit.api.InferredApi;
import java.time.Duration;

/**
 * {@code leads}: the main CRM object, incremental by {@code dateModified} through the {@code If-Modified-Since}
 * header. No deletion feed is known, so a complete full sync marks the leads it no longer sees deleted.
 */
final class Leads {

    private Leads() {}

    static Stream stream(int pageSize, Duration lookback) {
        return Listing.of("leads", InferredApi.LEADS, pageSize)
                .query(InferredApi.SORT_BY, InferredApi.SORT_BY_MODIFIED)
                .query(InferredApi.ORDER, InferredApi.ASCENDING)
                .key("id")
                .incrementalHeader("date_modified", InferredApi.MODIFIED_SINCE, InferredApi.SINCE_FORMAT)
                .lookback(lookback)
                .column("id", INTEGER, "id")
                .column("user_id", INTEGER, "userId")
                .column("user_name", TEXT, "userName")
                .column("first_name", TEXT, "firstName")
                .column("last_name", TEXT, "lastName")
                .column("business_name", TEXT, "businessName")
                .column("phone_primary", TEXT, "phonePrimary")
                .column("phone_alternate", TEXT, "phoneAlternate")
                .column("email", TEXT, "email")
                .column("street1", TEXT, "street1")
                .column("street2", TEXT, "street2")
                .column("city", TEXT, "city")
                .column("state", TEXT, "state")
                .column("zip", TEXT, "zip")
                .column("country", TEXT, "country")
                .column("latitude", DECIMAL, "latitude")
                .column("longitude", DECIMAL, "longitude")
                .column("status", TEXT, "status")
                .column("notes", TEXT, "notes")
                .column("custom_fields", JSON, "customFields")
                .column("integration_data", JSON, "integrationData")
                .column("appointment", JSON, "appointment")
                .column("status_modified", TIMESTAMP, "statusModified")
                .column("owner_modified", TIMESTAMP, "ownerModified")
                .column("date_created", TIMESTAMP, "dateCreated")
                .column("date_modified", TIMESTAMP, "dateModified")
                .build()
                .stream()
                .withDeletionDetection();
    }
}
