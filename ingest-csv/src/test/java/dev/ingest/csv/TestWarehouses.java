package dev.ingest.csv;

import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.testing.WarehouseFixture;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** A fresh warehouse per test, dropped after it: register with {@code @RegisterExtension}. */
final class TestWarehouses implements AfterEachCallback {

    private WarehouseFixture fixture;

    Warehouse open(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        return fixture.warehouse();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (fixture != null) {
            fixture.close();
            fixture = null;
        }
    }
}
