package dev.ingest.arrivy.streams;

import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ForwardingProcessor;
import dev.ingest.core.spi.Processor;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.core.spi.Stream;
import java.util.List;

/**
 * One of Arrivy's streams: its declaration, how a record becomes a row, and how it is read. It is its
 * {@link Stream}'s processor, so the client reads a stream it is handed without looking its name up.
 */
public final class ArrivyStream implements ForwardingProcessor {

    /** How a stream's window is read from Arrivy. */
    @FunctionalInterface
    interface Reading {
        RecordReader read(ArrivySource source, ReadRequest request, StoredRows stored);
    }

    private final Stream stream;
    private final Processor processor;
    private final Reading reading;

    ArrivyStream(
            String name,
            List<Column> columns,
            String cursor,
            boolean detectsDeletions,
            Processor processor,
            Reading reading) {
        Stream declared = new Stream(name, name, List.of("id"), columns, cursor, this);
        this.stream = detectsDeletions ? declared.withDeletionDetection() : declared;
        this.processor = processor;
        this.reading = reading;
    }

    public Stream stream() {
        return stream;
    }

    public RecordReader read(ArrivySource source, ReadRequest request, StoredRows stored) {
        return reading.read(source, request, stored);
    }

    @Override
    public Processor target() {
        return processor;
    }
}
