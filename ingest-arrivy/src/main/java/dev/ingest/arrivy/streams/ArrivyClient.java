package dev.ingest.arrivy.streams;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.StoredRows;
import dev.ingest.core.spi.Stream;

/**
 * Reads whichever of Arrivy's streams it is handed. Checks the credentials, which are the account's and not a stream's,
 * with one call to the profile however many streams are checked.
 */
public final class ArrivyClient implements Client {

    private final ArrivySource source;
    private boolean checked;

    public ArrivyClient(ArrivySource source) {
        this.source = source;
    }

    @Override
    public void check(Stream stream) {
        if (!checked) {
            source.api().profile();
            checked = true;
        }
    }

    @Override
    public RecordReader read(Stream stream, ReadRequest request) {
        return read(stream, request, StoredRows.NONE);
    }

    @Override
    public RecordReader read(Stream stream, ReadRequest request, StoredRows stored) {
        if (!(stream.processor() instanceof ArrivyStream arrivy)) {
            throw new IllegalArgumentException("stream " + stream.name() + " is not one of Arrivy's");
        }
        return arrivy.read(source, request, stored);
    }
}
