package dev.ingest.core.internal.sample;

import dev.ingest.core.spi.SourceException;

/** Every record in id order, for a full read; the checkpoint is the last id read. */
final class IdOrder implements IndexWalk {

    private final long size;
    private long nextIndex;

    private IdOrder(long size, long nextIndex) {
        this.size = size;
        this.nextIndex = nextIndex;
    }

    /** @param checkpoint the last id an earlier walk read, or {@code null} to start at the first record */
    static IdOrder after(long size, String checkpoint) {
        if (checkpoint == null) {
            return new IdOrder(size, 0);
        }
        try {
            // ids are indexes plus one, so the last id read is the next index
            return new IdOrder(size, Long.parseLong(checkpoint));
        } catch (NumberFormatException e) {
            throw new SourceException("not a checkpoint of a full sample read: " + checkpoint);
        }
    }

    @Override
    public long next() {
        return nextIndex < size ? nextIndex++ : -1;
    }

    @Override
    public String checkpoint(long index) {
        return Long.toString(index + 1);
    }
}
