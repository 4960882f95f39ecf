package dev.ingest.callrail.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import dev.ingest.callrail.client.CallRailApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code form_submissions}: by {@code submitted_at}, a date slice at a time, paged by number; the form's fields as JSON. */
public final class FormSubmissions {

    /** The fields a submission has without asking for them, and {@code account_id}, which the connector adds. */
    private static final Set<String> DEFAULT_FIELDS = Set.of(
            "id",
            "account_id",
            "company_id",
            "person_id",
            "form_data",
            "form_url",
            "landing_page_url",
            "referrer",
            "referring_url",
            "submitted_at",
            "first_form",
            "customer_name",
            "customer_phone_number",
            "customer_email",
            "source",
            "keywords",
            "campaign",
            "medium");

    public static final CallRailStream STREAM = CallRailStream.named("form_submissions")
            .cursor("submitted_at")
            .reading((api, request) -> AccountWalk.dated(api, request, "submitted_at", (account, days, checkpoint) -> {
                Map<String, String> query = new LinkedHashMap<>(AccountWalk.dateFilter(days));
                query.put("fields", FormSubmissions.STREAM.askedFields(DEFAULT_FIELDS));
                return api.listing(
                        CallRailApi.path(account, "form_submissions.json"), "form_submissions", query, checkpoint);
            }))
            .columns(
                    TEXT,
                    "id",
                    "account_id",
                    "company_id",
                    "company_name",
                    "person_id",
                    "form_name",
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
                    "medium",
                    "lead_status",
                    "value",
                    "note",
                    "timeline_url")
            .columns(TEXT, CallRailStream.UTM)
            .column("submitted_at", TIMESTAMP, "submitted_at")
            .column("first_form", BOOLEAN, "first_form")
            .columns(JSON, "form_data", "tags", "milestones")
            .build();

    private FormSubmissions() {}
}
