package dev.ingest.csv.mapping;

import java.util.List;

/**
 * The decided mapping of a file's headers to a profile's columns.
 *
 * @param headers  the file's headers, made unique ({@code Phone}, {@code Phone (2)}), as keys of {@code _raw}
 * @param mapped   the headers matched to columns
 * @param unmapped headers matched to no column: loaded in {@code _raw} only
 * @param absent   optional columns no header matched: loaded as NULL
 */
public record HeaderMapping(
        List<String> headers, List<ColumnMapping> mapped, List<String> unmapped, List<String> absent) {

    public HeaderMapping {
        headers = List.copyOf(headers);
        mapped = List.copyOf(mapped);
        unmapped = List.copyOf(unmapped);
        absent = List.copyOf(absent);
    }

    /** The index of the header mapped to {@code column}, or -1. */
    public int indexOf(String column) {
        for (ColumnMapping mapping : mapped) {
            if (mapping.column().equals(column)) {
                return mapping.index();
            }
        }
        return -1;
    }
}
