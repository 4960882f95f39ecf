package dev.ingest.csv.input;

import java.util.List;

/** A record as a pass over a file finds it, parsed or scanned in the bytes: the line it starts on and its fields. */
public interface RecordFields {

    /** The physical line the record starts on, 1-based. */
    long line();

    /** Its fields, quotes removed; only the wanted ones have values when a pass made only some. */
    List<String> fields();
}
