package dev.ingest.core.spi;

/**
 * Turns one raw record into a row of its stream, or rejects it with a reason. Processors are pure:
 * no I/O, so the engine may run them on any thread.
 */
@FunctionalInterface
public interface Processor {

    Outcome process(RawRecord record);
}
