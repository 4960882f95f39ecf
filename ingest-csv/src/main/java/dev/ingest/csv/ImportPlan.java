package dev.ingest.csv;

import dev.ingest.core.spi.Stream;
import dev.ingest.csv.input.CsvFile;
import dev.ingest.csv.mapping.ColumnMapping;
import dev.ingest.csv.mapping.HeaderMapping;
import dev.ingest.csv.processing.ProfileProcessor;
import dev.ingest.csv.profile.Profile;
import dev.ingest.csv.profile.ProfileColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import will do, decided before anything is written: the file's format, the profile (with
 * inferred columns for {@code generic}), each header's column and how it matched, and the stream the
 * engine loads.
 *
 * @param raw     what a row keeps in {@code _raw} besides its columns
 * @param keyScan finds the rows a later row with the same key supersedes: a pass over the file, made when it is read or
 *                started ahead
 * @param notices what the plan decided that the file or the options did not say, one line each, for the user to be told:
 *                a table or column named otherwise than asked, headers kept in {@code _raw} past the column limit
 */
public record ImportPlan(
        CsvFile file,
        Profile profile,
        HeaderMapping mapping,
        RawContent raw,
        Stream stream,
        ProfileProcessor processor,
        KeyScan keyScan,
        List<String> notices) {

    public ImportPlan {
        notices = List.copyOf(notices);
    }

    /** The decided mapping, for a dry run: one line per fact. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("file " + file.path() + ": " + file.format().charset().name() + " ("
                + file.format().howCharset() + "), "
                + file.format().delimiterName() + "-delimited (" + file.format().howDelimiter() + "), "
                + file.headers().size() + " headers");
        lines.add("profile " + profile.name() + " -> table csv." + stream.table() + ", key "
                + String.join(", ", stream.primaryKey()) + ", timestamps without offset in " + profile.zone()
                + ", numeric dates " + profile.dateOrder());
        for (ColumnMapping m : mapping.mapped()) {
            ProfileColumn column = profile.column(m.column()).orElseThrow();
            lines.add("  '" + m.header() + "' -> " + m.column() + " "
                    + column.type().label() + " (" + m.how() + ")");
        }
        for (String header : mapping.unmapped()) {
            lines.add("  '" + header + "' -> kept in _raw only (matches no column)");
        }
        if (raw == RawContent.ALL) {
            lines.add("  _raw keeps the whole row as the file wrote it (--raw all)");
        }
        for (String column : mapping.absent()) {
            lines.add("  (no header) -> " + column + " loaded as NULL");
        }
        return lines;
    }
}
