package dev.ingest.csv.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns the generic profile makes of a file's headers: each header's snake_case, numbered ({@code _2}, {@code _3})
 * when an earlier header or a column the import adds itself has that name already, so that two headers never merge
 * into one column; at most {@link #MAX_COLUMNS}, the headers past them kept in {@code _raw}. Every name that is not the
 * header's own snake_case, and every header past the limit, is told in {@link #notices}.
 *
 * @param names   the column of each of the first headers, in order, no more than {@link #MAX_COLUMNS}
 * @param notices one line for each header not named as its snake_case, and one for the headers past the limit
 */
public record GenericColumns(List<String> names, List<String> notices) {

    /**
     * The most columns a table gets from headers, the same on every warehouse so that a file lands alike everywhere.
     * PostgreSQL allows 1,600 columns, but a row must also fit in its 8 KB page: 1,000 filled bigint columns do not
     * ("row is too big: size 8192, maximum size 8160"), nor 1,000 values of 12 characters; 500 take 4 KB as numbers and
     * leave room for text, for the import's own columns and for columns a later import of other headers adds.
     */
    public static final int MAX_COLUMNS = 500;

    public GenericColumns {
        names = List.copyOf(names);
        notices = List.copyOf(notices);
    }

    /**
     * @param reserved columns the import adds itself, by name, each with what it holds (the notice says it), which
     *                 a header therefore cannot have
     */
    public static GenericColumns of(List<String> headers, Map<String, String> reserved) {
        Map<String, String> holders = new HashMap<>();
        reserved.forEach((column, holds) -> holders.put(column, "the row's " + holds + ", which the import adds"));
        List<String> names = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (int i = 0; i < Math.min(headers.size(), MAX_COLUMNS); i++) {
            String header = "header '" + headers.get(i) + "' (column " + (i + 1) + ")";
            String wanted = Names.snakeCase(headers.get(i));
            String name = wanted;
            for (int n = 2; holders.containsKey(name); n++) {
                name = Names.withSuffix(wanted, "_" + n);
            }
            if (!name.equals(wanted)) {
                notices.add(header + " is column " + name + ": " + wanted + " is " + holders.get(wanted));
            }
            holders.put(name, header);
            names.add(name);
        }
        if (headers.size() > MAX_COLUMNS) {
            notices.add(String.format(
                    Locale.ROOT,
                    "the file has %,d headers and a table gets a column for each of the first %,d: "
                            + "the other %,d, from '%s' on, are kept in _raw",
                    headers.size(),
                    MAX_COLUMNS,
                    headers.size() - MAX_COLUMNS,
                    headers.get(MAX_COLUMNS)));
        }
        return new GenericColumns(names, notices);
    }
}
