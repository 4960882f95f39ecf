package dev.ingest.csv.processing;

import java.util.Arrays;

/** Line numbers as a bitset, a bit a line up to the highest: at most 125 KB for a million-line file. */
final class LineSet {

    private long[] words = new long[0];

    void add(long line) {
        int word = (int) (line >>> 6);
        if (word >= words.length) {
            words = Arrays.copyOf(words, Math.max(word + 1, words.length * 2));
        }
        words[word] |= 1L << line;
    }

    boolean contains(long line) {
        int word = (int) (line >>> 6);
        return word < words.length && (words[word] & (1L << line)) != 0;
    }

    long size() {
        return Arrays.stream(words).map(Long::bitCount).sum();
    }

    boolean isEmpty() {
        return Arrays.stream(words).allMatch(word -> word == 0);
    }

    /** Adds each line of {@code other} plus {@code shift}. */
    void addShifted(LineSet other, long shift) {
        for (int word = 0; word < other.words.length; word++) {
            for (long bits = other.words[word]; bits != 0; bits &= bits - 1) {
                add(((long) word << 6) + Long.numberOfTrailingZeros(bits) + shift);
            }
        }
    }
}
