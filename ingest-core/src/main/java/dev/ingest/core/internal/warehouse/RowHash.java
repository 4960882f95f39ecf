package dev.ingest.core.internal.warehouse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A row's {@code _hash}: 64 bits over its stream values, what of its record no column holds (see {@link StagedRow#keeping})
 * and {@code _deleted_at}, computed in the JVM so
 * that a merge tells unchanged rows by one column, before it reads, locks or writes anything else of them. A value is
 * hashed as the warehouse keeps it (an instant to the microsecond, a decimal without trailing zeros), and an empty
 * value not at all, so a column a stream gains leaves its rows' hashes as they were until it holds something. Stable
 * across runs and JVMs: a change here makes every row of every table count as changed once.
 */
final class RowHash {

    // xxHash64's primes and round: cheap, and every input bit reaches every output bit after the final mix.
    private static final long P1 = 0x9E3779B185EBCA87L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x85EBCA77C2B2AE63L;
    private static final long P5 = 0x27D4EB2F165667C5L;

    private static final int RAW = -1;
    private static final int DELETED_AT = -2;

    private RowHash() {}

    static long of(Object[] values, String raw, Instant deletedAt) {
        long hash = P5;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                hash = value(round(hash, i), values[i]);
            }
        }
        if (raw != null) {
            hash = text(round(hash, RAW), raw);
        }
        if (deletedAt != null) {
            hash = instant(round(hash, DELETED_AT), deletedAt);
        }
        return avalanche(hash);
    }

    /** The value after a tag of its kind, so that values of different kinds do not hash alike. */
    private static long value(long hash, Object value) {
        if (value instanceof String string) {
            return text(round(hash, 1), string);
        } else if (value instanceof Long number) {
            return round(round(hash, 2), number);
        } else if (value instanceof Instant instant) {
            return instant(round(hash, 3), instant);
        } else if (value instanceof Boolean bool) {
            return round(round(hash, 4), bool ? 1 : 0);
        } else if (value instanceof LocalDate date) {
            return round(round(hash, 5), date.toEpochDay());
        } else if (value instanceof BigDecimal decimal) {
            return text(round(hash, 6), decimal.stripTrailingZeros().toPlainString());
        }
        return text(round(hash, 7), value.toString());
    }

    private static long instant(long hash, Instant instant) {
        return round(round(hash, instant.getEpochSecond()), instant.getNano() / 1000);
    }

    /** The length, then the chars four to a block. */
    private static long text(long hash, String text) {
        int length = text.length();
        hash = round(hash, length);
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            hash = round(
                    hash,
                    text.charAt(i)
                            | (long) text.charAt(i + 1) << 16
                            | (long) text.charAt(i + 2) << 32
                            | (long) text.charAt(i + 3) << 48);
        }
        long tail = 0;
        for (; i < length; i++) {
            tail = tail << 16 | text.charAt(i);
        }
        return round(hash, tail);
    }

    private static long round(long hash, long input) {
        return Long.rotateLeft(hash + input * P2, 31) * P1 + P4;
    }

    private static long avalanche(long hash) {
        hash ^= hash >>> 33;
        hash *= P2;
        hash ^= hash >>> 29;
        hash *= P3;
        return hash ^ hash >>> 32;
    }
}
