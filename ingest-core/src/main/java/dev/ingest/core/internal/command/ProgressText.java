package dev.ingest.core.internal.command;

import dev.ingest.core.RunCounts;
import java.time.Duration;

/**
 * What a command's progress line on a terminal says of a running stream after each batch, after the stream's name.
 * The runner draws the line for every command alike: fitted to the terminal's width (a stream shortened to its rows
 * and rate when the texts do not fit), log lines printed above it.
 */
@FunctionalInterface
public interface ProgressText {

    /**
     * @param soFar   the stream's counts after its latest batch
     * @param batches the batches it has committed
     * @param elapsed since the stream started
     */
    String of(RunCounts soFar, int batches, Duration elapsed);
}
