package dev.ingest.callrail.streams;

import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import dev.ingest.callrail.client.CallRailApi;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;

/**
 * {@code text_conversations}: by {@code last_message_at}, a date slice at a time, paged by number. A conversation
 * lists only its two latest messages; {@link TextMessages} reads them all.
 */
public final class TextConversations {

    public static final CallRailStream STREAM = CallRailStream.named("text_conversations")
            .cursor("last_message_at")
            .reading(TextConversations::read)
            .columns(
                    TEXT,
                    "id",
                    "account_id",
                    "company_id",
                    "initial_tracker_id",
                    "current_tracker_id",
                    "customer_name",
                    "customer_phone_number",
                    "tracking_phone_number",
                    "state",
                    "lead_status")
            .column("last_message_at", TIMESTAMP, "last_message_at")
            .column("unread_count", INTEGER, "unread_count")
            .column("recent_messages", JSON, "recent_messages")
            .build();

    private TextConversations() {}

    /** The conversations whose last message is in the window, account by account. */
    static RecordReader read(CallRailApi api, ReadRequest request) {
        return AccountWalk.dated(
                api,
                request,
                "last_message_at",
                (account, days, checkpoint) -> api.listing(
                        CallRailApi.path(account, "text-messages.json"),
                        "conversations",
                        AccountWalk.dateFilter(days),
                        checkpoint));
    }
}
