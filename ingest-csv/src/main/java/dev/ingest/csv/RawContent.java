package dev.ingest.csv;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.csv.mapping.HeaderMapping;
import java.util.List;
import java.util.Locale;

/**
 * What an imported row keeps in {@code _raw} besides its columns. By default only the headers matched to
 * no column: a mapped field is in its column already, cleaned, and a second copy of every field would
 * double the table (and the load's time); the original text of a rejected row is kept in full either way.
 */
public enum RawContent {
    /** The fields of headers matched to no column, and extra fields past the header; NULL when there are none. */
    UNMAPPED,
    /** The whole row keyed by header, mapped fields as the file wrote them. */
    ALL;

    /** {@code --raw}: {@code unmapped} or {@code all}. */
    public static RawContent parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "unmapped" -> UNMAPPED;
            case "all" -> ALL;
            default -> throw new ConfigException("--raw must be unmapped or all, got '" + text + "'");
        };
    }

    /** The headers of {@code mapping} whose fields a row keeps in {@code _raw}. */
    List<String> headers(HeaderMapping mapping) {
        return this == ALL ? mapping.headers() : mapping.unmapped();
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
