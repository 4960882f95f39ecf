package dev.ingest.http.example;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.DATE;
import static dev.ingest.core.spi.ColumnType.DECIMAL;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.SettingType;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.http.auth.HeaderAuth;
import dev.ingest.http.client.JsonApi;
import dev.ingest.http.client.RequestLimits;
import dev.ingest.http.client.RollingWindowLimiter;
import dev.ingest.http.paging.NumberedPages;
import dev.ingest.http.streams.CursorFormat;
import dev.ingest.http.streams.Paging;
import dev.ingest.http.streams.RestClient;
import dev.ingest.http.streams.RestStream;
import java.time.Duration;
import java.util.List;

/**
 * The documented example of a REST connector: three streams of a small CRM API, declared with {@link RestStream}.
 * The API authenticates by the {@code X-Api-Key} header, allows 10 requests a second and answers 429 with
 * {@code Retry-After} (seconds) beyond that.
 * <ul>
 *   <li>{@code GET /v1/customers?sort=updated_at&updated_since=<ISO-8601>&page=N}: {@code {"data": [...],
 *       "meta": {"more_pages": true}}}, pages of the server's size, ascending by {@code updated_at}, only records
 *       updated at or after {@code updated_since} when it is given;</li>
 *   <li>{@code GET /v1/deals?after=<cursor>}: {@code {"deals": [...], "paging": {"next": "..."}}}, archived deals
 *       included with {@code archived: true};</li>
 *   <li>{@code GET /v1/users?page=N&per_page=M}: a bare JSON array, shorter than {@code per_page} on the last page.</li>
 * </ul>
 */
public final class ExampleCrmConnector implements Connector {

    private static final RestStream CUSTOMERS = RestStream.named("customers")
            .get("/v1/customers")
            .query("sort", "updated_at")
            .records("data")
            .paging(Paging.pageNumbers("page", 1, new NumberedPages.MorePagesFlag("meta.more_pages")))
            .key("id")
            .incremental("updated_at", "updated_since", CursorFormat.ISO_8601)
            .column("id", INTEGER, "id")
            .column("name", TEXT, "name")
            .column("city", TEXT, "address.city")
            .column("tags", JSON, "tags")
            .column("lifetime_value", DECIMAL, "lifetime_value")
            .column("active", BOOLEAN, "active")
            .column("signed_up", DATE, "signed_up")
            .column("updated_at", TIMESTAMP, "updated_at")
            .build();

    private static final RestStream DEALS = RestStream.named("deals")
            .get("/v1/deals")
            .records("deals")
            .paging(Paging.cursor("after", "paging.next"))
            .key("id")
            .softDelete("archived", "updated_at")
            .column("id", TEXT, "id")
            .column("customer_id", INTEGER, "customer.id")
            .column("amount", DECIMAL, "amount")
            .column("stage", TEXT, "stage")
            .column("updated_at", TIMESTAMP, "updated_at")
            .build();

    private static final RestStream USERS = RestStream.named("users")
            .get("/v1/users")
            .paging(Paging.pageNumbers("page", 1, "per_page", 100))
            .key("id")
            .column("id", INTEGER, "id")
            .column("email", TEXT, "email")
            .column("created_at", TIMESTAMP, "created_at")
            .build();

    private static final List<Setting> SETTINGS = List.of(
            Setting.required("BASE_URL", "the API's address, such as https://api.example-crm.com")
                    .as(SettingType.url()),
            new Setting("API_KEY", "the account's API key", true, true, null));

    @Override
    public String name() {
        return "example";
    }

    @Override
    public String description() {
        return "Example CRM: customers, deals and users, the documented REST connector";
    }

    @Override
    public List<Setting> settings() {
        return SETTINGS;
    }

    @Override
    public List<Stream> streams() {
        return List.of(CUSTOMERS.stream(), DEALS.stream(), USERS.stream());
    }

    @Override
    public Client open(Settings settings) {
        return new RestClient(JsonApi.builder(settings.require("BASE_URL"))
                .auth(new HeaderAuth(List.of(HeaderAuth.Header.secret("X-Api-Key", settings.require("API_KEY")))))
                .rateLimits(new RequestLimits(new RollingWindowLimiter(10, Duration.ofSeconds(1))))
                .retries(new JsonApi.Retries(4, Duration.ofMillis(200), Duration.ofSeconds(30), Thread::sleep))
                .timeouts(new JsonApi.Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60)))
                .build());
    }
}
