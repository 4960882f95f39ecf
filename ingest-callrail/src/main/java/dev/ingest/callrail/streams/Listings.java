package dev.ingest.callrail.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import java.util.Map;

/**
 * The small lists read whole each run, account by account: companies, trackers, users and tags. Disabled companies,
 * trackers and tags stay listed with their {@code status} (and {@code disabled_at}); one gone from a complete listing
 * was deleted, and its row is marked {@code _deleted_at}.
 */
public final class Listings {

    public static final CallRailStream COMPANIES = CallRailStream.named("companies")
            .detectsDeletions()
            .reading((api, request) ->
                    AccountWalk.listing(api, "companies.json", "companies", Map.of(), request.checkpoint()))
            .columns(TEXT, "id", "account_id", "name", "status", "time_zone", "script_url")
            .columns(TIMESTAMP, "created_at", "disabled_at")
            .columns(
                    BOOLEAN,
                    "dni_active",
                    "callscore_enabled",
                    "lead_scoring_enabled",
                    "callscribe_enabled",
                    "keyword_spotting_enabled",
                    "form_capture")
            .build();

    public static final CallRailStream TRACKERS = CallRailStream.named("trackers")
            .detectsDeletions()
            .reading((api, request) -> AccountWalk.listing(
                    api, "trackers.json", "trackers", Map.of("fields", "campaign_name"), request.checkpoint()))
            .columns(TEXT, "id", "account_id", "name", "type", "status", "destination_number", "whisper_message")
            .column("company_id", TEXT, "company.id")
            .column("campaign_name", TEXT, "campaign_name")
            .columns(BOOLEAN, "sms_enabled", "sms_supported")
            .columns(JSON, "tracking_numbers", "call_flow", "source")
            .columns(TIMESTAMP, "created_at", "disabled_at")
            .build();

    /** A user can belong to several accounts: a row per account. */
    public static final CallRailStream USERS = CallRailStream.named("users")
            .key("account_id", "id")
            .detectsDeletions()
            .reading((api, request) -> AccountWalk.listing(api, "users.json", "users", Map.of(), request.checkpoint()))
            .columns(TEXT, "id", "account_id", "email", "first_name", "last_name", "name", "role")
            .column("accepted", BOOLEAN, "accepted")
            .column("companies", JSON, "companies")
            .column("created_at", TIMESTAMP, "created_at")
            .build();

    /** Tag ids are integers, kept as text like every other id. */
    public static final CallRailStream TAGS = CallRailStream.named("tags")
            .detectsDeletions()
            .reading((api, request) -> AccountWalk.listing(api, "tags.json", "tags", Map.of(), request.checkpoint()))
            .columns(TEXT, "id", "account_id", "name", "tag_level", "color", "background_color", "company_id", "status")
            .column("created_at", TIMESTAMP, "created_at")
            .build();

    private Listings() {}
}
