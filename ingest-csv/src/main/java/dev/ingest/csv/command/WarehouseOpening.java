package dev.ingest.csv.command;

import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.csv.BackgroundTask;
import java.util.function.Supplier;

/**
 * A warehouse opened on a thread of its own while the import plans its file: connecting, the pool and the run's
 * tables take a few hundred milliseconds of a fresh process, as reading the profile and the file's head do, and on
 * their own each leaves a core idle. A plan that fails abandons the opening without waiting for it, so a bad file is
 * still reported at once however slow the warehouse is to answer.
 */
final class WarehouseOpening {

    private BackgroundTask<Warehouse> task;
    /** The warehouse once open and not yet abandoned, and whether the opening was given up; under this. */
    private Warehouse opened;

    private boolean abandoned;

    private WarehouseOpening() {}

    static WarehouseOpening start(Supplier<Warehouse> open) {
        WarehouseOpening opening = new WarehouseOpening();
        opening.task = BackgroundTask.start("warehouse open", () -> opening.opened(open.get()));
        return opening;
    }

    /** Keeps the warehouse unless the opening was given up, when it is closed at once. */
    private Warehouse opened(Warehouse warehouse) {
        synchronized (this) {
            if (!abandoned) {
                opened = warehouse;
                return warehouse;
            }
        }
        warehouse.close();
        return null;
    }

    /** The warehouse, once open; its failure to open is thrown as it was thrown. */
    Warehouse get() {
        return task.get();
    }

    /** Gives the opening up: the warehouse is closed as soon as it is open, and its failure to open is dropped. */
    void abandon() {
        Warehouse open;
        synchronized (this) {
            abandoned = true;
            open = opened;
            opened = null;
        }
        if (open != null) {
            open.close();
        }
    }
}
