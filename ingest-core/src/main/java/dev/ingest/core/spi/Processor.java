package dev.ingest.core.spi;

/**
 * Turns one raw record into a row of its stream, or rejects it with a reason. Processors are pure:
 * no I/O, so the engine may run them on any thread.
 */
@FunctionalInterface
public interface Processor {

    /**
     * Processes one record. An exception thrown here rejects the record ({@code "processor failed: ..."}) rather than
     * failing the run; a processor that can say what is wrong returns a {@link Rejection} instead.
     *
     * @param record a record of this processor's stream
     * @return a {@link Row} with one value per column of the stream, or a {@link Rejection}
     */
    Outcome process(RawRecord record);
}
