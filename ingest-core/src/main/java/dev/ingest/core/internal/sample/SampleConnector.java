package dev.ingest.core.internal.sample;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import java.util.Arrays;
import java.util.List;

/**
 * Deterministic synthetic CRM data (companies, contacts, deals) for trying and benchmarking the engine
 * without a source account; {@code SAMPLE_ROUND} steps the data forward so incremental syncs find changes.
 */
public final class SampleConnector implements Connector {

    public static final String NAME = "sample";

    private static final List<Stream> STREAMS =
            Arrays.stream(SampleTable.values()).map(SampleTable::stream).toList();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Synthetic CRM companies, contacts and deals, the same for the same seed";
    }

    @Override
    public List<Setting> settings() {
        return SampleSettings.DECLARED;
    }

    @Override
    public List<Stream> streams() {
        return STREAMS;
    }

    @Override
    public Client open(Settings settings) {
        return new SampleClient(new SampleData(SampleSettings.from(settings)));
    }
}
