package dev.ingest.core.spi;

/**
 * Turns one raw record into a row of its stream, or rejects it with a reason. Processors are pure:
 * no I/O, so the engine may run them on any thread.
 *
 * <p>A processor that maps fields onto columns ({@link JsonFields}) also says what of a record its row does not hold,
 * which is all {@code _raw} keeps by default ({@link RawPolicy}), and rebuilds the record from a row. One that wraps
 * another passes both on; one that does neither keeps the whole record in {@code _raw}.
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

    /**
     * What of {@code record} the columns of {@code row}, which {@link #process} made of it, do not hold: the JSON text
     * {@code _raw} keeps, {@code null} when nothing is left. By default the whole record.
     *
     * @param record a record of this processor's stream
     * @param row    the row {@link #process} made of {@code record}
     * @return JSON text of what the row does not hold, or {@code null}
     */
    default String unmapped(RawRecord record, Row row) {
        return record.json();
    }

    /**
     * The record a row was made of, as JSON text: {@code raw}, the row's {@code _raw} (what {@link #unmapped} left, or
     * a whole record kept by another policy), with what the columns' {@code values} hold put back. By default {@code
     * raw}, which then holds the whole record.
     *
     * @param values the row's values, one per column of the stream, of the columns' Java types
     * @param raw    the row's {@code _raw}, or {@code null} when it holds nothing
     * @return the record as JSON text
     */
    default String rebuild(Object[] values, String raw) {
        return raw;
    }
}
