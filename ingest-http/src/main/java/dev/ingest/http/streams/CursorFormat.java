package dev.ingest.http.streams;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How an API takes a stream's cursor in its incremental filter, from the cursor's stored ISO-8601 text. */
public enum CursorFormat {
    /** As stored: an ISO-8601 instant ({@code 2024-06-01T08:00:00Z}) or date. */
    ISO_8601,
    /** An ISO-8601 instant in whole seconds with an explicit UTC offset ({@code 2024-06-01T08:00:00+00:00}). */
    ISO_8601_UTC_OFFSET,
    EPOCH_MILLIS,
    EPOCH_SECONDS;

    private static final DateTimeFormatter UTC_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    public String format(String cursor) {
        return switch (this) {
            case ISO_8601 -> cursor;
            // Cut to the second: the filter is inclusive, so an earlier bound only reads a record again.
            case ISO_8601_UTC_OFFSET -> UTC_OFFSET.format(Instant.parse(cursor).atOffset(ZoneOffset.UTC));
            case EPOCH_MILLIS -> Long.toString(Instant.parse(cursor).toEpochMilli());
            case EPOCH_SECONDS -> Long.toString(Instant.parse(cursor).getEpochSecond());
        };
    }
}
