package dev.ingest.csv.processing;

import java.util.Arrays;

/**
 * Counts keys seen more than once in a file. Keeps a 64-bit hash per distinct key in an open-addressing
 * table (16 bytes a key at most), so a million keys take about 16 MB, not a set of strings.
 */
final class KeyTracker {

    private long[] slots = new long[1 << 12];
    private int size;
    private volatile long duplicates;

    /** Notes a key; returns whether it was seen before. */
    boolean seen(String key) {
        long hash = hash(key);
        if (hash == 0) {
            hash = 1;
        }
        int mask = slots.length - 1;
        int i = (int) (mix(hash) & mask);
        while (slots[i] != 0) {
            if (slots[i] == hash) {
                duplicates++;
                return true;
            }
            i = (i + 1) & mask;
        }
        slots[i] = hash;
        if (++size * 2 > slots.length) {
            grow();
        }
        return false;
    }

    long duplicates() {
        return duplicates;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        Arrays.stream(old).filter(h -> h != 0).forEach(h -> {
            int i = (int) (mix(h) & mask);
            while (slots[i] != 0) {
                i = (i + 1) & mask;
            }
            slots[i] = h;
        });
    }

    /** FNV-1a over the key's characters. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        return h ^ (h >>> 33);
    }
}
