package dev.ingest.hubspot.streams;

import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.http.streams.RestClient;
import dev.ingest.http.streams.RestStream;

/** A stream declared with {@link RestStream}, read by the toolkit's client of the portal's API. */
public record DeclaredSource(Stream stream, RestClient client) implements StreamSource {

    @Override
    public RecordReader read(ReadRequest request) {
        return client.read(stream, request);
    }

    @Override
    public void check() {
        client.check(stream);
    }
}
