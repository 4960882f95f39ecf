package dev.ingest.callrail.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import dev.ingest.callrail.client.CallRailApi;
import dev.ingest.callrail.windows.DateWindows;
import dev.ingest.http.paging.LinkedPages;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code calls}: by {@code start_time}, ascending, a date slice at a time, paged relatively ({@code next_page}
 * followed as given). The optional fields worth a warehouse are asked for by name; nested ones land as JSON. A call
 * marked spam disappears from the API, so a complete full sync marks the rows of calls it no longer lists
 * {@code _deleted_at}.
 */
public final class Calls {

    public static final CallRailStream STREAM = CallRailStream.named("calls")
            .cursor("start_time")
            .detectsDeletions()
            .reading((api, request) -> AccountWalk.dated(
                    api,
                    request,
                    "start_time",
                    (account, days, checkpoint) -> new LinkedPages(
                                    "calls", new LinkedPages.BodyUrl("next_page", "has_next_page"), api.origin())
                            .reader(
                                    () -> api.answer(CallRailApi.path(account, "calls.json"), query(days)),
                                    api::at,
                                    checkpoint)))
            // Given without asking.
            .columns(
                    TEXT,
                    "id",
                    "direction",
                    "customer_name",
                    "customer_phone_number",
                    "customer_city",
                    "customer_state",
                    "customer_country",
                    "business_phone_number",
                    "tracking_phone_number",
                    "agent_email",
                    "recording",
                    "recording_player")
            .columns(TIMESTAMP, "start_time")
            .columns(INTEGER, "duration", "recording_duration")
            .columns(BOOLEAN, "answered", "voicemail")
            .column("account_id", TEXT, "account_id")
            // Asked for by name.
            .optional(
                    TEXT,
                    "company_id",
                    "company_name",
                    "company_time_zone",
                    "tracker_id",
                    "call_type",
                    "zip_code",
                    "source",
                    "source_name",
                    "medium",
                    "campaign",
                    "keywords",
                    "landing_page_url",
                    "referring_url",
                    "referrer_domain",
                    "gclid",
                    "fbclid",
                    "msclkid",
                    "lead_status",
                    "value",
                    "note",
                    "person_id",
                    "timeline_url",
                    "call_summary",
                    "transcription")
            .optional(TEXT, CallRailStream.UTM)
            .optional(TIMESTAMP, "created_at")
            .optional(INTEGER, "prior_calls", "total_calls")
            .optional(BOOLEAN, "first_call")
            .optional(JSON, "tags", "milestones", "sentiment", "keywords_spotted", "lead_score", "custom")
            .build();

    private Calls() {}

    private static Map<String, String> query(DateWindows.Window days) {
        Map<String, String> query = new LinkedHashMap<>(AccountWalk.dateFilter(days));
        query.put("fields", Calls.STREAM.optionalFields());
        query.put("sort", "start_time");
        query.put("order", "asc");
        query.put("per_page", Integer.toString(CallRailApi.PAGE_SIZE));
        query.put("relative_pagination", "true");
        return query;
    }
}
