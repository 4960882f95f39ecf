package dev.ingest.http.streams;

import java.time.Instant;

/** How an API takes a stream's cursor in its incremental filter, from the cursor's stored ISO-8601 text. */
public enum CursorFormat {
    /** As stored: an ISO-8601 instant ({@code 2024-06-01T08:00:00Z}) or date. */
    ISO_8601,
    EPOCH_MILLIS,
    EPOCH_SECONDS;

    public String format(String cursor) {
        return switch (this) {
            case ISO_8601 -> cursor;
            case EPOCH_MILLIS -> Long.toString(Instant.parse(cursor).toEpochMilli());
            case EPOCH_SECONDS -> Long.toString(Instant.parse(cursor).getEpochSecond());
        };
    }
}
