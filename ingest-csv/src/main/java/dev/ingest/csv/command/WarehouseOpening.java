package dev.ingest.csv.command;

import dev.ingest.core.internal.warehouse.Warehouse;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A warehouse opened on a thread of its own while the import plans its file: connecting, the pool and the run's
 * tables take a few hundred milliseconds of a fresh process, as reading the profile and the file's head do, and on
 * their own each leaves a core idle. A plan that fails abandons the opening without waiting for it, so a bad file is
 * still reported at once however slow the warehouse is to answer.
 */
final class WarehouseOpening {

    private final FutureTask<Warehouse> task;
    /** The warehouse once open and not yet taken or abandoned, and whether the opening was given up; under this. */
    private Warehouse opened;

    private boolean abandoned;

    private WarehouseOpening(Supplier<Warehouse> open) {
        this.task = new FutureTask<>(() -> {
            Warehouse warehouse = open.get();
            synchronized (this) {
                if (!abandoned) {
                    opened = warehouse;
                    return warehouse;
                }
            }
            warehouse.close();
            return null;
        });
    }

    static WarehouseOpening start(Supplier<Warehouse> open) {
        WarehouseOpening opening = new WarehouseOpening(open);
        Thread thread = new Thread(opening.task, "ingest-warehouse-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** The warehouse, once open; its failure to open is thrown as it was thrown. */
    Warehouse get() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the warehouse opened", e);
        }
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
