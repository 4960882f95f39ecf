package dev.ingest.csv.cleaning;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The instants of a zone's local date-times, as {@code local.atZone(zone).toInstant()} gives them (a time in a gap
 * moved forward, one in an overlap at the earlier offset), but remembering the span of local times around the last
 * one that has a single offset: the timestamps of a file mostly fall in a few such spans (months between two clock
 * changes), and within one a local time's instant is that time less the offset, where the zone's rules look up the
 * year's transitions for every value (a third of a timestamp's cleaning).
 */
final class ZoneInstants {

    /** Local times from {@code from} to {@code to} (epoch seconds as if at UTC, {@code to} excluded) have one offset. */
    private record Span(long from, long to, int offsetSeconds) {}

    private final ZoneRules rules;
    private final ZoneId zone;
    /**
     * The span of the last time looked up in the rules. Written and read without locks by the threads cleaning values:
     * a record's fields are final, so a thread sees a whole span or an older one, and any span it sees is right.
     */
    private Span last = new Span(0, 0, 0);

    ZoneInstants(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
    }

    Instant instant(LocalDateTime local) {
        long seconds = local.toEpochSecond(ZoneOffset.UTC);
        Span span = last;
        if (seconds >= span.from() && seconds < span.to()) {
            return Instant.ofEpochSecond(seconds - span.offsetSeconds(), local.getNano());
        }
        Instant instant = local.atZone(zone).toInstant();
        last = spanAround(instant);
        return instant;
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
