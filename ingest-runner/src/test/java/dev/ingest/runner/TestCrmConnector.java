package dev.ingest.runner;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Column;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.ConfigException;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Rejection;
import dev.ingest.core.spi.Row;
import dev.ingest.core.spi.Seeder;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.SettingType;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A source with fixed records: {@code people} (incremental on {@code updated_at}) and {@code orders}
 * (full only; an order with a negative amount is rejected).
 */
public final class TestCrmConnector implements Connector {

    static final String EXPIRED_KEY = "key-that-expired-0042";
    /** A key whose check fails with an exception that carries no message, as some drivers' do. */
    static final String SILENT_FAILURE_KEY = "key-that-fails-silently-0043";

    private static final Logger log = LoggerFactory.getLogger(TestCrmConnector.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Its timestamps lack the milliseconds a timestamp column renders: {@code _raw} keeps them as given. */
    private static final JsonFields PEOPLE_FIELDS = new JsonFields(
            List.of(
                    JsonFields.field("id", ColumnType.INTEGER, "id"),
                    JsonFields.field("name", ColumnType.TEXT, "name"),
                    JsonFields.field("updated_at", ColumnType.TIMESTAMP, "updated_at")),
            List.of("id"),
            null);

    static final Stream PEOPLE =
            new Stream("people", "people", List.of("id"), PEOPLE_FIELDS.columns(), "updated_at", PEOPLE_FIELDS);

    static final Stream ORDERS = new Stream(
            "orders", "orders", List.of("id"), List.of(Column.integer("id"), Column.decimal("amount")), null, raw -> {
                BigDecimal amount = raw.data().get("amount").decimalValue();
                return amount.signum() < 0
                        ? new Rejection(raw.data().get("id").asText(), "amount: " + amount + " is negative")
                        : Row.of(raw.data().get("id").asLong(), amount);
            });

    private static final List<ObjectNode> PEOPLE_RECORDS = List.of(
            person(1, "Ann", "2024-05-01T10:00:00Z"),
            person(2, "Bob", "2024-05-02T10:00:00Z"),
            person(3, "Cid", "2024-05-03T10:00:00Z"));

    private static final List<ObjectNode> ORDER_RECORDS =
            List.of(order(10, "12.50"), order(11, "-3.00"), order(12, "7.25"), order(13, "100.00"));

    @Override
    public String name() {
        return "testcrm";
    }

    @Override
    public String description() {
        return "A fixed, tiny CRM for tests";
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                new Setting("API_KEY", "the test CRM's API key", true, true, null),
                Setting.optional("REGION", "the data centre", "eu"),
                Setting.optional("RECORD_DELAY_MS", "how long each record takes to read", "0")
                        .as(SettingType.wholeNumber(0, 60_000)));
    }

    @Override
    public List<Stream> streams() {
        return List.of(PEOPLE, ORDERS);
    }

    @Override
    public Client open(Settings settings) {
        String key = settings.require("API_KEY");
        long delayMillis = settings.getLong("RECORD_DELAY_MS");
        return new Client() {
            @Override
            public void check(Stream stream) {
                if (key.equals(EXPIRED_KEY)) {
                    throw new SourceException("401 Unauthorized: the API key has expired");
                }
                if (key.equals(SILENT_FAILURE_KEY)) {
                    throw new IllegalStateException();
                }
            }

            @Override
            public RecordReader read(Stream stream, ReadRequest request) {
                List<ObjectNode> records = stream.name().equals("people") ? PEOPLE_RECORDS : ORDER_RECORDS;
                Iterator<RawRecord> remaining = records.stream()
                        .filter(record -> request.mode() == SyncMode.FULL
                                || record.get("updated_at").asText().compareTo(request.cursor()) >= 0)
                        .map(RawRecord::of)
                        .iterator();
                return () -> {
                    if (!remaining.hasNext()) {
                        return null;
                    }
                    RawRecord record = remaining.next();
                    pause(delayMillis);
                    log.info("read {} record {}", stream.name(), record.data().get("id"));
                    return new Batch(List.of(record), null);
                };
            }
        };
    }

    /** Seeds {@code people}, two a call, named after the generator seed; nothing is kept. */
    @Override
    public Optional<Seeder> seeder(Client client, long seed) {
        return Optional.of(new Seeder() {
            @Override
            public Plan plan(String object, int count) {
                ArrayNode people = JSON.arrayNode();
                for (int i = 0; i < Math.min(count, 2); i++) {
                    people.addObject().put("name", "seed " + seed + " person " + i);
                }
                return new Plan(
                        calls(object, count), "POST /people", JSON.objectNode().set("people", people));
            }

            @Override
            public Result seed(String object, int count) {
                return new Result(object, count, calls(object, count), count, 0);
            }

            private int calls(String object, int count) {
                if (!object.equals("people")) {
                    throw new ConfigException("testcrm seeds people only, not " + object);
                }
                return (count + 1) / 2;
            }
        });
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException("interrupted while reading");
        }
    }

    private static ObjectNode person(long id, String name, String updatedAt) {
        return JSON.objectNode().put("id", id).put("name", name).put("updated_at", updatedAt);
    }

    private static ObjectNode order(long id, String amount) {
        return JSON.objectNode().put("id", id).put("amount", new BigDecimal(amount));
    }
}
