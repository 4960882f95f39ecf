package dev.ingest.core.internal.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.IsoTime;
import dev.ingest.core.spi.seed.SampleValues;
import java.time.Instant;

/**
 * When each record of one stream was created and last changed, as of a round, by index arithmetic alone.
 *
 * <p>Round 0 has {@code initial} records updated through 2024, in index order. Each later round {@code k}
 * is one day: in its first 20 hours one record in {@value #CHANGE_PERIOD} changes (those whose index is
 * congruent to {@code slot(k)}), in its last 4 hours about 1% new records arrive. So every round's
 * updates come after all of the previous round's, and the records in update order form one segment per
 * round whose positions map to indexes and times monotonically: an incremental read seeks by binary
 * search and never generates the records it skips.
 */
final class Timeline {

    private static final long BASE_MILLIS =
            Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    /** One record in this many changes in each round: about 2%. */
    private static final int CHANGE_PERIOD = 50;

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    private static final long INITIAL_SPAN = 365 * DAY;
    private static final long LONGEST_LIFE_BEFORE_UPDATE = 180 * DAY;
    private static final long CHANGE_SPAN = 20 * HOUR;
    private static final long NEW_SPAN = 4 * HOUR;
    /** Coprime to {@link #CHANGE_PERIOD}, so any 50 consecutive rounds change disjoint records. */
    private static final int SLOT_STRIDE = 17;
    /** {@code 17 * 3 = 51}, which is 1 modulo 50. */
    private static final int SLOT_STRIDE_INVERSE = 3;

    private final long initial;
    private final long added;
    private final int round;
    private final int slotOffset;
    private final long lifeSalt;

    Timeline(long initial, int round, long seed, long streamSalt) {
        this.initial = initial;
        this.added = Math.max(1, initial / 100);
        this.round = round;
        this.slotOffset = (int) Math.floorMod(SampleValues.mix(seed ^ streamSalt), (long) CHANGE_PERIOD);
        this.lifeSalt = SampleValues.mix(seed + streamSalt);
    }

    int round() {
        return round;
    }

    /** How many records exist as of this round. */
    long size() {
        return countAfter(round);
    }

    /** How many records existed at the end of round {@code k}. */
    long countAfter(int k) {
        return initial + k * added;
    }

    int createdRound(long index) {
        return index < initial ? 0 : (int) ((index - initial) / added) + 1;
    }

    /** The round whose values the record has now: the last in which it was created or changed. */
    int lastRound(long index) {
        return Math.max(createdRound(index), lastSlotRound(index));
    }

    long createdAt(long index) {
        int created = createdRound(index);
        if (created > 0) {
            return timeAt(created, changedIn(created) + index - countAfter(created - 1));
        }
        long life = Math.floorMod(SampleValues.mix(lifeSalt + index), LONGEST_LIFE_BEFORE_UPDATE);
        return timeAt(0, index) - life;
    }

    /** Puts the record's {@code createdAt} and {@code updatedAt}, as a CRM API gives them. */
    void stamp(ObjectNode node, long index) {
        node.put("createdAt", IsoTime.format(createdAt(index)));
        node.put("updatedAt", IsoTime.format(updatedAt(index)));
    }

    long updatedAt(long index) {
        int last = lastRound(index);
        return timeAt(last, positionIn(last, index));
    }

    /** How many positions segment {@code k} of the update order has; some hold records changed again later. */
    long segmentLength(int k) {
        return k == 0 ? initial : changedIn(k) + added;
    }

    long indexAt(int k, long position) {
        if (k == 0) {
            return position;
        }
        long changed = changedIn(k);
        return position < changed ? slot(k) + position * CHANGE_PERIOD : countAfter(k - 1) + position - changed;
    }

    long timeAt(int k, long position) {
        if (k == 0) {
            return BASE_MILLIS + position * INITIAL_SPAN / initial;
        }
        long start = BASE_MILLIS + INITIAL_SPAN + (k - 1) * DAY;
        long changed = changedIn(k);
        return position < changed
                ? start + position * CHANGE_SPAN / changed
                : start + CHANGE_SPAN + (position - changed) * NEW_SPAN / added;
    }

    private long positionIn(int k, long index) {
        if (k == 0) {
            return index;
        }
        return createdRound(index) == k ? changedIn(k) + index - countAfter(k - 1) : (index - slot(k)) / CHANGE_PERIOD;
    }

    /** How many records round {@code k} changes: those before it whose index is congruent to its slot. */
    private long changedIn(int k) {
        long before = countAfter(k - 1);
        int slot = slot(k);
        return before > slot ? (before - 1 - slot) / CHANGE_PERIOD + 1 : 0;
    }

    private int slot(int k) {
        return (int) ((k * (long) SLOT_STRIDE + slotOffset) % CHANGE_PERIOD);
    }

    /** The last round up to this one whose slot the index is in, or 0. */
    private int lastSlotRound(long index) {
        int residue = (int) (index % CHANGE_PERIOD);
        int first = Math.floorMod((residue - slotOffset) * SLOT_STRIDE_INVERSE, CHANGE_PERIOD);
        if (first == 0) {
            first = CHANGE_PERIOD;
        }
        return first > round ? 0 : first + (round - first) / CHANGE_PERIOD * CHANGE_PERIOD;
    }
}
