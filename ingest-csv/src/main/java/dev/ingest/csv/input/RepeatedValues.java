package dev.ingest.csv.input;

/**
 * The values a parser made lately, a small table a column, so that a column of few distinct values (a state, a stage,
 * an owner, a city: most columns of a CRM export) makes each of its strings once rather than once a row. A row's strings
 * live until its batch is written, so each one the table spares is memory the collector neither fills nor copies. A
 * column whose values rarely repeat (an id, an email, a timestamp) is found so within its first few thousand values
 * and then left alone, so that it pays no hashing. Strings are immutable: a value shared by rows is the same value.
 */
final class RepeatedValues {

    /** Slots a column; a column with more distinct values than this still meets its commonest ones often. */
    private static final int SLOTS = 512;
    /** Longer values are rarely repeated, and cost more to compare than to copy. */
    private static final int MAX_CHARS = 48;
    /** Values a column's hit rate is judged on, each window anew until the column is given up. */
    private static final int WINDOW = 4096;
    /** Fewer hits than this in a window and the column's strings are made as they come. */
    private static final int MIN_HITS = WINDOW / 4;
    /** Columns past this are made as they come, so a file thousands of columns wide costs no more memory than this. */
    private static final int MAX_COLUMNS = 128;

    /** A column's table, made at its first value. */
    private final String[][] slots = new String[MAX_COLUMNS][];

    private final int[] lookups = new int[MAX_COLUMNS];
    private final int[] hits = new int[MAX_COLUMNS];
    private final boolean[] givenUp = new boolean[MAX_COLUMNS];

    /** The string of {@code chars[start, end)}, the one made before if the column has it still. */
    String value(int column, char[] chars, int start, int end) {
        int length = end - start;
        if (length == 0) {
            return "";
        }
        if (length > MAX_CHARS || column >= MAX_COLUMNS || givenUp[column]) {
            return new String(chars, start, length);
        }
        // The slot from the length and three chars, not a hash of every char: the compare that confirms a hit reads
        // them all anyway, and two values that share a slot only take turns in it.
        int mix = ((length * 31 + chars[start]) * 31 + chars[start + (length >>> 1)]) * 31 + chars[end - 1];
        String[] table = slots[column];
        if (table == null) {
            table = slots[column] = new String[SLOTS];
        }
        int slot = (mix ^ (mix >>> 9) ^ (mix >>> 17)) & (SLOTS - 1);
        String seen = table[slot];
        if (seen != null && sameChars(seen, chars, start, length)) {
            hits[column]++;
            count(column);
            return seen;
        }
        String made = new String(chars, start, length);
        table[slot] = made;
        count(column);
        return made;
    }

    private void count(int column) {
        if (++lookups[column] == WINDOW) {
            if (hits[column] < MIN_HITS) {
                givenUp[column] = true;
                slots[column] = null;
            }
            lookups[column] = 0;
            hits[column] = 0;
        }
    }

    private static boolean sameChars(String seen, char[] chars, int start, int length) {
        if (seen.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (seen.charAt(i) != chars[start + i]) {
                return false;
            }
        }
        return true;
    }
}
