package dev.ingest.salesrabbit.client;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.http.auth.BearerAuth;
import dev.ingest.http.auth.StaticToken;
import dev.ingest.http.client.JsonApi;
import dev.ingest.http.client.RequestLimits;
import dev.ingest.http.client.RetryAfter;
import dev.ingest.http.client.RollingWindowLimiter;
import dev.ingest.http.streams.RestClient;
import dev.ingest.salesrabbit.SalesRabbitSettings;
import dev.ingest.salesrabbit.api.LeadsEndpoint;
import dev.ingest.salesrabbit.streams.SalesRabbitStreams;
import java.time.Duration;
import java.util.List;

/**
 * One SalesRabbit account, reached with its API token: reads the declared streams, shaped by the settings' page size
 * and lookback, and creates leads for seeding.
 */
public final class SalesRabbitClient implements Client {

    /** The wait after a 429 that names none: SalesRabbit documents no rate limit or header. */
    private static final Duration THROTTLE = Duration.ofSeconds(30);

    private final String baseUrl;
    private final RestClient reader;
    private final LeadsEndpoint leads;
    private final List<Stream> streams;

    private SalesRabbitClient(String baseUrl, JsonApi api, List<Stream> streams) {
        this.baseUrl = baseUrl;
        this.reader = new RestClient(api);
        this.leads = api.target(LeadsEndpoint.class);
        this.streams = streams;
    }

    public static SalesRabbitClient open(SalesRabbitSettings settings) {
        JsonApi api = JsonApi.builder(settings.baseUrl())
                .auth(new BearerAuth(new StaticToken(settings.apiToken())))
                .rateLimits(new RequestLimits(
                        new RollingWindowLimiter(settings.requestsPerMinute(), Duration.ofMinutes(1))))
                .throttle(RetryAfter.HEADER, THROTTLE)
                .retries(new JsonApi.Retries(
                        settings.maxAttempts(), Duration.ofMillis(500), Duration.ofSeconds(30), Thread::sleep))
                .timeouts(new JsonApi.Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60)))
                .build();
        return new SalesRabbitClient(
                settings.baseUrl(), api, SalesRabbitStreams.all(settings.pageSize(), settings.lookback()));
    }

    /** The streams as these settings read them. */
    public List<Stream> streams() {
        return streams;
    }

    public LeadsEndpoint leads() {
        return leads;
    }

    @Override
    public void check(Stream stream) {
        reader.check(stream);
    }

    @Override
    public RecordReader read(Stream stream, ReadRequest request) {
        return reader.read(stream, request);
    }

    @Override
    public String toString() {
        return "SalesRabbitClient[" + baseUrl + "]";
    }
}
