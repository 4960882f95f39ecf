package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * A warehouse that the runs, rejects and state commands are run against.
 *
 * @param env the environment of every command: the test CRM's key and the warehouse's user
 */
record OpsCommandFixture(String url, Map<String, String> env) {

    /** A DuckDB file in the test's directory. */
    OpsCommandFixture(Path dir) {
        this("jdbc:duckdb:" + dir.resolve("w.duckdb"), Map.of("TESTCRM_API_KEY", "key"));
    }

    IngestCli.Result ingest(String... args) {
        return IngestCli.run(env, withWarehouse(args));
    }

    IngestCli.Result answering(String input, String... args) {
        return IngestCli.answering(input, env, withWarehouse(args));
    }

    /** The JSON document a command printed, after checking that it exited 0. */
    JsonNode json(String... args) {
        IngestCli.Result result = ingest(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        try {
            return new ObjectMapper().readTree(result.out());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the latest run of the stream, as {@code runs --json} gives it. */
    String lastRunId(String stream) {
        return json("runs", "--stream=" + stream, "--limit=1", "--json")
                .get("runs")
                .get(0)
                .get("id")
                .asText();
    }

    <T> T query(Function<DSLContext, T> query) {
        try (Warehouse warehouse =
                Warehouse.open(new WarehouseConfig(url, env.get(WarehouseConfig.USER_VARIABLE), null))) {
            return query.apply(warehouse.dsl());
        }
    }

    private String[] withWarehouse(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--warehouse=" + url;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
