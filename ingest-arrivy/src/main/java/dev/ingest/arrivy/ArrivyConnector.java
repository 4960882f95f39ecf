package dev.ingest.arrivy;

import dev.ingest.arrivy.client.ArrivyApi;
import dev.ingest.arrivy.client.ArrivyErrors;
import dev.ingest.arrivy.streams.ArrivyClient;
import dev.ingest.arrivy.streams.ArrivySource;
import dev.ingest.arrivy.streams.TaskStatuses;
import dev.ingest.arrivy.streams.Tasks;
import dev.ingest.arrivy.streams.WholeLists;
import dev.ingest.arrivy.window.TaskWindow;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.http.auth.HeaderAuth;
import dev.ingest.http.client.JsonApi;
import dev.ingest.http.client.RequestLimits;
import dev.ingest.http.client.RollingWindowLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Arrivy, field-service scheduling: tasks by scheduled time, their status events, crews, customers, groups, resources. */
public final class ArrivyConnector implements Connector {

    /** Six attempts, backing off from half a second up to a minute: Arrivy documents no limit to wait out. */
    private static final JsonApi.Retries RETRIES =
            new JsonApi.Retries(6, Duration.ofMillis(500), Duration.ofSeconds(60), Thread::sleep);

    private final Clock clock;
    private final JsonApi.Retries retries;

    public ArrivyConnector() {
        this(Clock.systemUTC(), RETRIES);
    }

    /**
     * @param clock   where "now" of the rolling window comes from
     * @param retries how often and how patiently a failed request is tried again
     */
    public ArrivyConnector(Clock clock, JsonApi.Retries retries) {
        this.clock = clock;
        this.retries = retries;
    }

    @Override
    public String name() {
        return "arrivy";
    }

    @Override
    public String description() {
        return "Arrivy: tasks, their status events, crews (entities), customers, groups and resources";
    }

    @Override
    public List<Setting> settings() {
        return ArrivySettings.DECLARED;
    }

    @Override
    public List<Stream> streams() {
        return List.of(
                Tasks.STREAM.stream(),
                TaskStatuses.STREAM.stream(),
                WholeLists.ENTITIES.stream(),
                WholeLists.CUSTOMERS.stream(),
                WholeLists.GROUPS.stream(),
                WholeLists.RESOURCES.stream());
    }

    @Override
    public Client open(Settings settings) {
        ArrivySettings arrivy = ArrivySettings.from(settings);
        JsonApi api = JsonApi.builder(arrivy.baseUrl())
                .auth(new HeaderAuth(List.of(
                        HeaderAuth.Header.secret("X-Auth-Key", arrivy.authKey()),
                        HeaderAuth.Header.secret("X-Auth-Token", arrivy.authToken()))))
                .rateLimits(
                        new RequestLimits(new RollingWindowLimiter(arrivy.requestsPerMinute(), Duration.ofMinutes(1))))
                .errorFormat(new ArrivyErrors())
                .retries(retries)
                .timeouts(new JsonApi.Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60)))
                .build();
        TaskWindow window =
                new TaskWindow(arrivy.windowPast(), arrivy.windowFuture(), arrivy.startDate(), arrivy.slice(), clock);
        return new ArrivyClient(new ArrivySource(new ArrivyApi(api), window));
    }
}
