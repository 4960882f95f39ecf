package dev.ingest.http.streams;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.http.client.JsonApi;
import dev.ingest.http.paging.Origin;

/** Reads whichever {@link RestStream} it is handed, through one client of the API's {@link JsonApi}. */
public final class RestClient implements Client {

    private final RestEndpoint endpoint;
    private final Origin origin;

    public RestClient(JsonApi api) {
        this.endpoint = api.target(RestEndpoint.class);
        this.origin = Origin.of(api.baseUrl());
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
        return declared(stream).read(endpoint, origin, request);
    }

    private static RestStream declared(Stream stream) {
        if (!(stream.processor() instanceof RestStream declared)) {
            throw new IllegalArgumentException("stream " + stream.name() + " is not a declared REST stream");
        }
        return declared;
    }
}
