package dev.ingest.hubspot.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import dev.ingest.core.spi.Stream;
import dev.ingest.http.streams.Paging;
import dev.ingest.http.streams.RestStream;
import dev.ingest.http.streams.RestStream.Phase;

/** The portal's owners (users records are assigned to); archived owners are read too and marked deleted. */
public final class OwnersStream {

    public static final Stream STREAM = RestStream.named("owners")
            .get("/crm/v3/owners")
            .query("limit", Integer.toString(ListPages.LIMIT))
            .records("results")
            .paging(Paging.cursor("after", "paging.next.after"))
            .phase(Phase.named("live").query("archived", "false"))
            .phase(Phase.named("archived").query("archived", "true").mark("archived", true))
            .key("id")
            .softDelete("archived", "updatedAt")
            .column("id", TEXT, "id")
            .column("email", TEXT, "email")
            .column("first_name", TEXT, "firstName")
            .column("last_name", TEXT, "lastName")
            .column("user_id", INTEGER, "userId")
            .column("teams", JSON, "teams")
            .column("created_at", TIMESTAMP, "createdAt")
            .column("updated_at", TIMESTAMP, "updatedAt")
            .column("archived", BOOLEAN, "archived")
            .build()
            .stream();

    private OwnersStream() {}
}
