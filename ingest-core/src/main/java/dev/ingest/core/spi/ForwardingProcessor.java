package dev.ingest.core.spi;

/**
 * A processor that passes everything on to another: for an object that is its stream's processor (so that a client
 * handed the stream finds it) but maps records with a {@link JsonFields}. One that works on a record first overrides
 * {@link #process} alone, and what its rows do not hold and rebuilding still come from the target.
 */
public interface ForwardingProcessor extends Processor {

    /**
     * The processor everything is passed on to.
     *
     * @return the target, the same one on every call
     */
    Processor target();

    @Override
    default Outcome process(RawRecord record) {
        return target().process(record);
    }

    @Override
    default String unmapped(RawRecord record, Row row) {
        return target().unmapped(record, row);
    }

    @Override
    default String rebuild(Object[] values, String raw) {
        return target().rebuild(values, raw);
    }
}
