package dev.ingest.core.internal.sample;

/** The order in which a reader visits the record indexes of its window, and how to name a place in it. */
interface IndexWalk {

    /** The next index, or -1 when the window is exhausted. */
    long next();

    /** A checkpoint from which a new walk over the same window continues right after {@code index}. */
    String checkpoint(long index);
}
