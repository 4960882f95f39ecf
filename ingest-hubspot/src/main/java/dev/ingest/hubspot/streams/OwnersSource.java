package dev.ingest.hubspot.streams;

import static dev.ingest.core.spi.JsonFields.field;

import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.http.paging.PhasedReader;
import dev.ingest.hubspot.api.HubSpotApi;
import java.util.List;

/** The portal's owners (users records are assigned to); archived owners are read too and marked deleted. */
public final class OwnersSource implements StreamSource {

    private static final List<String> KEY = List.of("id");
    private static final JsonFields FIELDS = new JsonFields(
            List.of(
                    field("id", ColumnType.TEXT, "id"),
                    field("email", ColumnType.TEXT, "email"),
                    field("first_name", ColumnType.TEXT, "firstName"),
                    field("last_name", ColumnType.TEXT, "lastName"),
                    field("user_id", ColumnType.INTEGER, "userId"),
                    field("teams", ColumnType.JSON, "teams"),
                    field("created_at", ColumnType.TIMESTAMP, "createdAt"),
                    field("updated_at", ColumnType.TIMESTAMP, "updatedAt"),
                    field("archived", ColumnType.BOOLEAN, "archived")),
            KEY,
            new JsonFields.SoftDelete("archived", "updatedAt"));

    public static final Stream STREAM = new Stream("owners", "owners", KEY, FIELDS.columns(), null, FIELDS);

    private final HubSpotApi api;

    public OwnersSource(HubSpotApi api) {
        this.api = api;
    }

    @Override
    public Stream stream() {
        return STREAM;
    }

    @Override
    public RecordReader read(ReadRequest request) {
        return new PhasedReader(
                ListPages.liveThenArchived(
                        archived -> after -> ListPages.page(api.owners(ListPages.LIMIT, after, archived))),
                request.checkpoint());
    }

    @Override
    public void check() {
        api.owners(1, null, false);
    }
}
