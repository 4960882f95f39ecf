package dev.ingest.csv;

import dev.ingest.core.StreamResult;
import dev.ingest.core.spi.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What {@code ingest import} prints at the end of an import or a dry run. */
public final class ImportSummary {

    private ImportSummary() {}

    public static List<String> lines(ImportPlan plan, StreamResult result, long duplicateKeys, boolean dryRun) {
        List<String> lines = new ArrayList<>();
        var counts = result.counts();
        if (dryRun) {
            List<String> columns =
                    plan.stream().columns().stream().map(c -> c.name()).toList();
            lines.add("first rows after cleaning (" + String.join(", ", columns) + "):");
            for (Row row : result.sample()) {
                lines.add("  " + Arrays.toString(row.values()));
            }
            lines.add(String.format(
                    Locale.ROOT,
                    "dry run: %,d rows processed, %,d would load, %,d would be rejected; %,d skipped because a later row has the same key (last wins); nothing written",
                    counts.processed(),
                    counts.processed() - counts.rejected(),
                    counts.rejected(),
                    duplicateKeys));
        } else {
            lines.add(String.format(
                    Locale.ROOT,
                    "%s: %,d rows processed = %,d loaded (%,d created, %,d updated, %,d unchanged) + %,d rejected; "
                            + "%,d skipped because a later row has the same key (last wins); %,.0f rows/s; run %s",
                    result.status().name().toLowerCase(Locale.ROOT),
                    counts.processed(),
                    counts.created() + counts.updated() + counts.unchanged(),
                    counts.created(),
                    counts.updated(),
                    counts.unchanged(),
                    counts.rejected(),
                    duplicateKeys,
                    result.recordsPerSecond(),
                    result.runId()));
        }
        if (result.error() != null) {
            lines.add("error: " + result.error());
        }
        return lines;
    }
}
