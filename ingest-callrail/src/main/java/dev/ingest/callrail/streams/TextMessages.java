package dev.ingest.callrail.streams;

import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.callrail.client.CallRailApi;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.RecordReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * {@code text_messages}: every message of each conversation {@link TextConversations} reads in the window
 * ({@code GET .../text-messages/{id}.json}, paged by number). A message carries its conversation's
 * {@code last_message_at} as the cursor, which a new message moves on, so an incremental run reads a conversation
 * again when it has news.
 */
public final class TextMessages {

    public static final CallRailStream STREAM = CallRailStream.named("text_messages")
            .cursor("conversation_last_message_at")
            .reading((api, request) -> new Expanded(api, TextConversations.read(api, request), request.checkpoint()))
            .columns(TEXT, "id", "account_id", "conversation_id", "direction", "content", "message_type", "status")
            .column("created_at", TIMESTAMP, "created_at")
            .column("conversation_last_message_at", TIMESTAMP, "conversation_last_message_at")
            .column("media_urls", JSON, "media_urls")
            .build();

    private TextMessages() {}

    /**
     * Each conversation of the conversations' pages in place of its messages, a batch per conversation: a check or a
     * run cut short asks no more than one conversation's messages past what it needs. A batch's checkpoint is where
     * its page started until the page's last conversation, so a resumed run reads that page again.
     */
    private static final class Expanded implements RecordReader {
        private final CallRailApi api;
        private final RecordReader conversations;
        private final Deque<RawRecord> pending = new ArrayDeque<>();
        private String pageStart;
        private Batch page;

        Expanded(CallRailApi api, RecordReader conversations, String resumedFrom) {
            this.api = api;
            this.conversations = conversations;
            this.pageStart = resumedFrom;
        }

        @Override
        public Batch next() {
            if (pending.isEmpty()) {
                if (page != null) {
                    pageStart = page.checkpoint();
                }
                page = conversations.next();
                if (page == null) {
                    return null;
                }
                pending.addAll(page.records());
                if (pending.isEmpty()) {
                    return page;
                }
            }
            RawRecord conversation = pending.removeFirst();
            String checkpoint = pending.isEmpty() ? page.checkpoint() : pageStart;
            return new Batch(messages(conversation.data()), checkpoint, page.inCursorOrder());
        }

        private List<RawRecord> messages(ObjectNode conversation) {
            String account = conversation.path("account_id").asText();
            String id = conversation.path("id").asText();
            List<RawRecord> messages = new ArrayList<>();
            try (RecordReader pages = api.listing(
                    CallRailApi.path(account, "text-messages/" + id + ".json"), "messages", Map.of(), null)) {
                Batch messagePage;
                while ((messagePage = pages.next()) != null) {
                    for (RawRecord message : messagePage.records()) {
                        messages.add(RawRecord.of(message.data()
                                .put("account_id", account)
                                .put("conversation_id", id)
                                .set("conversation_last_message_at", conversation.get("last_message_at"))));
                    }
                }
            }
            return messages;
        }

        @Override
        public void close() {
            conversations.close();
        }
    }
}
