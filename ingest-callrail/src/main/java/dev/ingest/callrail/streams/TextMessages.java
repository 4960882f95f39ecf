package dev.ingest.callrail.streams;

import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.callrail.client.CallRailApi;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code text_messages}: every message of each conversation {@link TextConversations} reads in the window
 * ({@code GET .../text-messages/{id}.json}, paged by number). A message carries its conversation's
 * {@code last_message_at} as the cursor, which a new message moves on, so an incremental run reads a conversation
 * again when it has news. A batch is a page of conversations with all their messages; its checkpoint is that page's.
 */
public final class TextMessages {

    public static final CallRailStream STREAM = CallRailStream.named("text_messages")
            .cursor("conversation_last_message_at")
            .reading((api, request) -> new Expanded(api, TextConversations.read(api, request)))
            .columns(TEXT, "id", "account_id", "conversation_id", "direction", "content", "message_type", "status")
            .column("created_at", TIMESTAMP, "created_at")
            .column("conversation_last_message_at", TIMESTAMP, "conversation_last_message_at")
            .column("media_urls", JSON, "media_urls")
            .build();

    private TextMessages() {}

    /** Each conversation of a batch in place of its messages. */
    private record Expanded(CallRailApi api, RecordReader conversations) implements RecordReader {
        @Override
        public Batch next() {
            Batch batch = conversations.next();
            if (batch == null) {
                return null;
            }
            List<RawRecord> messages = new ArrayList<>();
            for (RawRecord conversation : batch.records()) {
                ObjectNode data = conversation.data();
                String account = data.path("account_id").asText();
                String id = data.path("id").asText();
                try (RecordReader pages = api.listing(
                        CallRailApi.path(account, "text-messages/" + id + ".json"), "messages", Map.of(), null)) {
                    Batch page;
                    while ((page = pages.next()) != null) {
                        for (RawRecord message : page.records()) {
                            messages.add(RawRecord.of(message.data()
                                    .put("account_id", account)
                                    .put("conversation_id", id)
                                    .set("conversation_last_message_at", data.get("last_message_at"))));
                        }
                    }
                }
            }
            return new Batch(messages, batch.checkpoint(), batch.inCursorOrder());
        }

        @Override
        public void close() {
            conversations.close();
        }
    }
}
