package dev.ingest.core.internal.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import java.util.Locale;

/** The sample streams, parents first so that rows land before the rows referring to them. */
public enum SampleTable {
    COMPANIES(Companies.STREAM),
    CONTACTS(Contacts.STREAM),
    DEALS(Deals.STREAM);

    private final Stream stream;

    SampleTable(Stream stream) {
        this.stream = stream;
    }

    public Stream stream() {
        return stream;
    }

    /** How many records round 0 has for a {@code SAMPLE_COUNT} of {@code count} contacts. */
    public long initialCount(int count) {
        return switch (this) {
            case COMPANIES -> Math.max(1, (count + 9L) / 10);
            case CONTACTS -> count;
            case DEALS -> count / 2;
        };
    }

    ObjectNode record(SampleData data, long index) {
        return switch (this) {
            case COMPANIES -> Companies.record(data, index);
            case CONTACTS -> Contacts.record(data, index);
            case DEALS -> Deals.record(data, index);
        };
    }

    static SampleTable of(Stream stream) {
        try {
            return valueOf(stream.name().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SourceException("the sample connector has no stream " + stream.name());
        }
    }
}
