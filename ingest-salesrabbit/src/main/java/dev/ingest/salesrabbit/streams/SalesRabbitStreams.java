package dev.ingest.salesrabbit.streams;

import dev.ingest.core.spi.Stream;
import java.time.Duration;
import java.util.List;

/** The connector's streams, shaped by the page size and lookback its settings give. */
public final class SalesRabbitStreams {

    private SalesRabbitStreams() {}

    public static List<Stream> all(int pageSize, Duration lookback) {
        return List.of(
                Leads.stream(pageSize, lookback),
                LeadStatusHistories.stream(pageSize, lookback),
                LeadStatusActivities.stream(pageSize, lookback),
                Users.stream(pageSize),
                LeadStatuses.stream(pageSize));
    }
}
