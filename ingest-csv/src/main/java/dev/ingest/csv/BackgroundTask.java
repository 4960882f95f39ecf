package dev.ingest.csv;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Start-up work run on a daemon thread of its own while the caller does other work, its result waited for later; a
 * failure is thrown to the waiter as it was thrown.
 */
public final class BackgroundTask<T> {

    private final FutureTask<T> task;
    private final String what;

    private BackgroundTask(Callable<T> work, String what) {
        this.task = new FutureTask<>(work);
        this.what = what;
    }

    /** @param what what the work makes, for the thread's name and the message of an interrupted wait */
    public static <T> BackgroundTask<T> start(String what, Callable<T> work) {
        BackgroundTask<T> background = new BackgroundTask<>(work, what);
        Thread thread = new Thread(background.task, "ingest-" + what.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
        return background;
    }

    /** The work's result, once it is done; an interrupted wait cancels the work. */
    public T get() {
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
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + what, e);
        }
    }
}
