package dev.ingest.csv.rejects;

import dev.ingest.core.RejectedRecord;
import dev.ingest.core.internal.warehouse.Warehouse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --rejects=<file>}: every row an import set aside, as CSV with the original line number, the
 * reason and the row's original text, so it can be fixed and imported again.
 */
public final class CsvRejectsFile {

    public static final List<String> HEADER = List.of("line", "reason", "original_text");

    private CsvRejectsFile() {}

    /** Writes the rejects a run recorded in {@code ingest.rejects}; returns how many. */
    public static long writeRun(Warehouse warehouse, String runId, Path file) {
        return write(warehouse.rejects().forRun(runId), file);
    }

    public static long write(List<RejectedRecord> rejects, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER));
            out.write("\r\n");
            for (RejectedRecord reject : rejects) {
                out.write(quote(line(reject.location())));
                out.write(',');
                out.write(quote(reject.reason()));
                out.write(',');
                out.write(quote(reject.payload()));
                out.write("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + file, e);
        }
        return rejects.size();
    }

    private static String line(String location) {
        return location != null && location.startsWith("line ") ? location.substring(5) : location;
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
