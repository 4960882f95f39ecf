package dev.ingest.salesrabbit.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;

import dev.ingest.core.spi.Stream;
import dev.ingest.salesrabbit.api.InferredApi;

/**
 * {@code users}: the account's reps and admins, full each sync; a user gone from the list is marked deleted. The
 * fields come from integrations' code, not from samples; {@code team} and {@code office} are kept as JSON, their
 * shape unknown.
 */
final class Users {

    private Users() {}

    static Stream stream(int pageSize) {
        return Listing.of("users", InferredApi.USERS, pageSize)
                .key("id")
                .column("id", INTEGER, "id")
                .column("first_name", TEXT, "firstName")
                .column("last_name", TEXT, "lastName")
                .column("full_name", TEXT, "fullName")
                .column("email", TEXT, "email")
                .column("role", TEXT, "role")
                .column("team", JSON, "team")
                .column("office", JSON, "office")
                .column("active", BOOLEAN, "active")
                .build()
                .stream()
                .withDeletionDetection();
    }
}
