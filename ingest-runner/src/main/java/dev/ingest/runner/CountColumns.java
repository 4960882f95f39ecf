package dev.ingest.runner;

import static dev.ingest.runner.TextTable.Column.right;

import dev.ingest.core.RunCounts;
import java.util.List;

/** The columns of a run's counts, in the one order every table of runs shows them. */
final class CountColumns {

    static final List<TextTable.Column> HEADERS =
            List.of(right("PROCESSED"), right("CREATED"), right("UPDATED"), right("UNCHANGED"), right("REJECTED"));

    private CountColumns() {}

    static List<Object> cells(RunCounts counts) {
        return List.of(counts.processed(), counts.created(), counts.updated(), counts.unchanged(), counts.rejected());
    }
}
