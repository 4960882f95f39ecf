package dev.ingest.csv.cleaning;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The instants of a zone's local date-times, as {@code local.atZone(zone).toInstant()} gives them (a time in a gap
 * moved forward, one in an overlap at the earlier offset), but remembering the spans of local times that have a single
 * offset (the months between two clock changes): within one, a local time's instant is that time less the offset,
 * where the zone's rules look up the year's transitions for every value (a third of a timestamp's cleaning). A file's
 * timestamps mostly fall in a few such spans, and often on both sides of a change.
 */
final class ZoneInstants {

    /** Local times from {@code from} to {@code to} (epoch seconds as if at UTC, {@code to} excluded) have one offset. */
    private record Span(long from, long to, int offsetSeconds) {}

    /** Spans kept at most: a few hundred years of two clock changes a year; beyond them values go through the rules. */
    static final int MAX_SPANS = 1024;

    private final ZoneRules rules;
    private final ZoneId zone;
    /**
     * The spans met so far, ordered and disjoint. Replaced whole, never changed, by the threads cleaning values without
     * locks: a thread sees this array or an older one, and any span in either is right; a span another thread added
     * meanwhile may be lost and looked up again.
     */
    private Span[] spans = new Span[0];

    ZoneInstants(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    Instant instant(LocalDateTime local) {
        long seconds = local.toEpochSecond(ZoneOffset.UTC);
        Span[] known = spans;
        int after = firstStartingAfter(known, seconds);
        if (after > 0 && seconds < known[after - 1].to()) {
            return Instant.ofEpochSecond(seconds - known[after - 1].offsetSeconds(), local.getNano());
        }
        Instant instant = local.atZone(zone).toInstant();
        Span span = spanAround(instant);
        if (span.from() <= seconds && seconds < span.to() && known.length < MAX_SPANS) {
            Span[] more = new Span[known.length + 1];
            System.arraycopy(known, 0, more, 0, after);
            more[after] = span;
            System.arraycopy(known, after, more, after + 1, known.length - after);
            spans = more;
        }
        return instant;
    }

    /** The index of the first span starting after {@code seconds}: the one before it is the only one that may hold it. */
    private static int firstStartingAfter(Span[] spans, long seconds) {
        int low = 0;
        int high = spans.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (spans[middle].from() <= seconds) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * The local times of the offset in force at {@code instant} that no other offset gives: after the previous
     * transition's later local edge, before the next one's earlier edge (so gaps and overlaps stay with the rules).
     */
    private Span spanAround(Instant instant) {
        // A transition exactly at the instant is the previous one; one within the second after it leaves the span
        // empty.
        ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        long from = previous == null
                ? Long.MIN_VALUE
                : Math.max(localSeconds(previous.getDateTimeBefore()), localSeconds(previous.getDateTimeAfter()));
        long to = next == null
                ? Long.MAX_VALUE
                : Math.min(localSeconds(next.getDateTimeBefore()), localSeconds(next.getDateTimeAfter()));
        return new Span(from, to, rules.getOffset(instant).getTotalSeconds());
    }

    private static long localSeconds(LocalDateTime local) {
        return local.toEpochSecond(ZoneOffset.UTC);
    }
}
