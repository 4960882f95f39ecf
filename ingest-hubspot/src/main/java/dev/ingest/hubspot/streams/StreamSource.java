package dev.ingest.hubspot.streams;

import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;

/** One stream of a portal: its declaration, its reader, and a one-call check that it can be read. */
public interface StreamSource {

    Stream stream();

    RecordReader read(ReadRequest request);

    /** One read call; throws the source's error when it fails. */
    void check();
}
