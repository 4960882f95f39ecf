package dev.ingest.http.streams;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.http.client.JsonApi;

/** Reads whichever {@link RestStream} it is handed, through one client of the API's {@link JsonApi}. */
public final class RestClient implements Client {

    private final RestEndpoint endpoint;

    public RestClient(JsonApi api) {
        this.endpoint = api.target(RestEndpoint.class);
    }

    /** Reads the stream's first page. */
    @Override
    public void check(Stream stream) {
        try (RecordReader reader = read(stream, new ReadRequest(SyncMode.FULL, null, null, 1))) {
            reader.next();
        }
    }

    @Override
    public RecordReader read(Stream stream, ReadRequest request) {
        return declared(stream).read(endpoint, request);
    }

    private static RestStream declared(Stream stream) {
        if (!(stream.processor() instanceof RestStream declared)) {
            throw new IllegalArgumentException("stream " + stream.name() + " is not a declared REST stream");
        }
        return declared;
    }
}
