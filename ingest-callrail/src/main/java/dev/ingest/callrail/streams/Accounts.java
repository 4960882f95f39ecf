package dev.ingest.callrail.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.TEXT;

import java.util.Map;

/** {@code accounts}: the accounts the key sees ({@code GET /v3/a.json}), whole each run. */
public final class Accounts {

    public static final CallRailStream STREAM = CallRailStream.named("accounts")
            .detectsDeletions()
            .reading((api, request) ->
                    api.listing("/v3/a.json", "accounts", Map.of("fields", "numeric_id"), request.checkpoint()))
            .columns(TEXT, "id", "name", "numeric_id")
            .columns(BOOLEAN, "outbound_recording_enabled", "hipaa_account")
            .build();

    private Accounts() {}
}
