package dev.ingest.core.testing;

import java.util.UUID;

/** Run ids for tests that write rows without a run of the engine: UUIDs, as a {@code uuid} {@code _run_id} takes. */
public final class RunIds {

    private RunIds() {}

    /** The {@code n}th test run's id, {@code 00000000-0000-0000-0000-00000000000n} for small {@code n}. */
    public static String run(int n) {
        return new UUID(0, n).toString();
    }
}
