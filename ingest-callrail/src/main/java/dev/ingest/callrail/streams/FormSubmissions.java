package dev.ingest.callrail.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import dev.ingest.callrail.client.CallRailApi;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code form_submissions}: by {@code submitted_at}, a date slice at a time, paged by number; the form's fields as JSON. */
public final class FormSubmissions {

    public static final CallRailStream STREAM = CallRailStream.named("form_submissions")
            .cursor("submitted_at")
            .reading((api, request) -> AccountWalk.dated(api, request, "submitted_at", (account, days, checkpoint) -> {
                Map<String, String> query = new LinkedHashMap<>(AccountWalk.dateFilter(days));
                query.put("fields", FormSubmissions.STREAM.optionalFields());
                return api.listing(
                        CallRailApi.path(account, "form_submissions.json"), "form_submissions", query, checkpoint);
            }))
            // Given without asking.
            .columns(
                    TEXT,
                    "id",
                    "company_id",
                    "person_id",
                    "form_url",
                    "landing_page_url",
                    "referrer",
                    "referring_url",
                    "customer_name",
                    "customer_phone_number",
                    "customer_email",
                    "source",
                    "keywords",
                    "campaign",
                    "medium")
            .column("submitted_at", TIMESTAMP, "submitted_at")
            .column("first_form", BOOLEAN, "first_form")
            .column("form_data", JSON, "form_data")
            .column("account_id", TEXT, "account_id")
            // Asked for by name.
            .optional(TEXT, "company_name", "form_name", "lead_status", "value", "note", "timeline_url")
            .optional(TEXT, CallRailStream.UTM)
            .optional(JSON, "tags", "milestones")
            .build();

    private FormSubmissions() {}
}
