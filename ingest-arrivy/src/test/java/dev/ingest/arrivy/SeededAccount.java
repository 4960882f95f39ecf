package dev.ingest.arrivy;

import dev.ingest.core.spi.Settings;
import dev.ingest.http.client.JsonApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The account the sync tests start from, at a fixed now of 2024-06-01: twelve scheduled tasks from 2023 to the
 * window's future edge in two offsets, one unscheduled and one undated task, status events (task 6 has more than
 * Arrivy embeds), and small lists of crews, customers, groups and resources.
 */
final class SeededAccount {

    static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    static final ZoneOffset PARIS = ZoneOffset.ofHours(1);
    static final ZoneOffset LOS_ANGELES = ZoneOffset.ofHours(-8);
    static final long UNSCHEDULED = 20;
    static final long UNDATED = 21;

    private SeededAccount() {}

    /** The scheduled start of task {@code id} (1 to 12): 1-4 in 2023, 5-11 in the rolling window, 12 at its edge. */
    static OffsetDateTime start(long id) {
        if (id <= 4) {
            return OffsetDateTime.of(2023, (int) (2 * id), 10, 9, 30, 0, 0, PARIS);
        }
        if (id <= 11) {
            return NOW.plus(Duration.ofDays(10 * (id - 7)))
                    .atOffset(id % 2 == 0 ? PARIS : LOS_ANGELES)
                    .plusHours(9);
        }
        return NOW.plus(Duration.ofDays(89)).atOffset(PARIS);
    }

    static void seed(FakeArrivy fake) {
        for (long id = 1; id <= 12; id++) {
            fake.addTask(id, start(id), "Task " + id);
        }
        fake.addUnscheduledTask(UNSCHEDULED, "Unscheduled");
        fake.addUndatedTask(UNDATED, "Undated");
        fake.addStatuses(5, 3, NOW.minus(Duration.ofDays(19)));
        fake.addStatuses(6, 12, NOW.minus(Duration.ofDays(9)));
        fake.addStatuses(UNSCHEDULED, 2, NOW.minus(Duration.ofDays(1)));
        for (long id = 1; id <= 3; id++) {
            fake.addRecord("/entities", id, FakeArrivyRecords.entity("Crew " + id, id == 3));
        }
        for (long id = 1; id <= 2; id++) {
            fake.addRecord("/customers", id, FakeArrivyRecords.customer("First" + id));
            fake.addRecord("/groups", id, FakeArrivyRecords.named("Group " + id));
            fake.addRecord("/resources", id, FakeArrivyRecords.named("Truck " + id));
        }
    }

    static ArrivyConnector connector() {
        return new ArrivyConnector(
                Clock.fixed(NOW, ZoneOffset.UTC),
                new JsonApi.Retries(3, Duration.ofMillis(10), Duration.ofMillis(50), Thread::sleep));
    }

    static Settings settings(ArrivyConnector connector, FakeArrivy fake, Map<String, String> more) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "AUTH_KEY",
                FakeArrivy.KEY,
                "AUTH_TOKEN",
                FakeArrivy.TOKEN,
                "BASE_URL",
                fake.baseUrl(),
                "START_DATE",
                "2023-01-01",
                "REQUESTS_PER_MINUTE",
                "6000"));
        values.putAll(more);
        return Settings.fromShortNames(connector.name(), connector.settings(), values);
    }
}
