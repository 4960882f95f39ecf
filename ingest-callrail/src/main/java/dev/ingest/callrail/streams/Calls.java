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
import java.util.Set;

/**
 * {@code calls}: by {@code start_time}, ascending, a date slice at a time, paged relatively ({@code next_page}
 * followed as given). The optional fields worth a warehouse are asked for by name; nested ones land as JSON. A call
 * marked spam disappears from the API, so a complete full sync marks the rows of calls it no longer lists
 * {@code _deleted_at}.
 */
public final class Calls {

    /** The fields a call has without asking for them, and {@code account_id}, which the connector adds. */
    private static final Set<String> DEFAULT_FIELDS = Set.of(
            "id",
            "account_id",
            "answered",
            "business_phone_number",
            "customer_city",
            "customer_country",
            "customer_name",
            "customer_phone_number",
            "customer_state",
            "direction",
            "duration",
            "recording",
            "recording_duration",
            "recording_player",
            "start_time",
            "tracking_phone_number",
            "voicemail",
            "agent_email");

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
            .columns(
                    TEXT,
                    "id",
                    "account_id",
                    "company_id",
                    "company_name",
                    "company_time_zone",
                    "tracker_id",
                    "direction",
                    "call_type",
                    "customer_name",
                    "customer_phone_number",
                    "customer_city",
                    "customer_state",
                    "customer_country",
                    "zip_code",
                    "business_phone_number",
                    "tracking_phone_number",
                    "agent_email",
                    "recording",
                    "recording_player",
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
            .columns(TEXT, CallRailStream.UTM)
            .columns(TIMESTAMP, "start_time", "created_at")
            .columns(INTEGER, "duration", "recording_duration", "prior_calls", "total_calls")
            .columns(BOOLEAN, "answered", "voicemail", "first_call")
            .columns(JSON, "tags", "milestones", "sentiment", "keywords_spotted", "lead_score", "custom")
            .build();

    private Calls() {}

    private static Map<String, String> query(DateWindows.Window days) {
        Map<String, String> query = new LinkedHashMap<>(AccountWalk.dateFilter(days));
        // Every column the API gives only when asked.
        query.put("fields", Calls.STREAM.askedFields(DEFAULT_FIELDS));
        query.put("sort", "start_time");
        query.put("order", "asc");
        query.put("per_page", Integer.toString(CallRailApi.PAGE_SIZE));
        query.put("relative_pagination", "true");
        return query;
    }
}
