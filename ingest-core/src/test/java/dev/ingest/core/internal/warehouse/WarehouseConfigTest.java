package dev.ingest.core.internal.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.core.spi.ConfigException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarehouseConfigTest {

    @Test
    void withoutAnyUrlTheEmbeddedDuckDbFileIsUsed() {
        WarehouseConfig config = WarehouseConfig.resolve(null, Map.of());

        assertThat(config.kind()).isEqualTo(WarehouseConfig.Kind.DUCKDB);
        assertThat(config.url()).startsWith("jdbc:duckdb:").endsWith("ingest-data/warehouse.duckdb");
    }

    @Test
    void theFlagWinsOverTheEnvironment() {
        Map<String, String> env =
                Map.of("INGEST_WAREHOUSE_URL", "jdbc:duckdb:/tmp/env.duckdb", "INGEST_WAREHOUSE_USER", "loader");

        assertThat(WarehouseConfig.resolve(null, env).url()).isEqualTo("jdbc:duckdb:/tmp/env.duckdb");
        assertThat(WarehouseConfig.resolve("jdbc:postgresql://db/wh", env).kind())
                .isEqualTo(WarehouseConfig.Kind.POSTGRES);
        assertThat(WarehouseConfig.resolve("jdbc:postgresql://db/wh", env).user())
                .isEqualTo("loader");
    }

    @Test
    void passwordsInUrlsAndFieldsAreNeverShown() {
        WarehouseConfig config =
                new WarehouseConfig("jdbc:postgresql://db/wh?password=hunter2&ssl=true", "me", "hunter2");

        assertThat(config.toString())
                .doesNotContain("hunter2")
                .contains("password=****")
                .contains("ssl=true");
        assertThat(config.redactedUrl()).doesNotContain("hunter2");
    }

    @Test
    void anUnsupportedUrlIsNamedInOneLine() {
        assertThatThrownBy(() -> WarehouseConfig.resolve("jdbc:mysql://db/wh", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(
                        "warehouse URL jdbc:mysql://db/wh is not supported: use jdbc:postgresql://host:port/db or jdbc:duckdb:<file>");
    }

    @Test
    void aPostgresUrlWithAPasswordBeforeTheHostIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> WarehouseConfig.resolve("jdbc:postgresql://loader:pw-canary-77@db:5432/wh", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage(
                        "warehouse URL jdbc:postgresql://loader:****@db:5432/wh: the PostgreSQL driver takes no user or password"
                                + " before the host; set INGEST_WAREHOUSE_USER and INGEST_WAREHOUSE_PASSWORD instead");
        assertThat(dev.ingest.core.spi.Redaction.clean("host loader:pw-canary-77@db unknown"))
                .isEqualTo("host loader:****@db unknown");
    }
}
