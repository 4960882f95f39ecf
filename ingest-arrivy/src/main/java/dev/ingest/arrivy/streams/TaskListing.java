package dev.ingest.arrivy.streams;

import dev.ingest.arrivy.window.SlicedRange;
import dev.ingest.core.spi.RecordReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The tasks of a range of scheduled times, as Arrivy lists them: {@code from}/{@code to} select scheduled tasks only,
 * so the unscheduled ones and those with no date at all are listed by calls of their own. Phases, in order:
 * {@code scheduled} (the range, in slices), {@code unscheduled}, {@code undated}.
 */
final class TaskListing {

    /** Arrivy's default and documented page of {@code /tasks}. */
    static final int PAGE_SIZE = 500;

    private static final DateTimeFormatter ARRIVY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private TaskListing() {}

    /**
     * The phases of a listing of {@code range}, each opened from a checkpoint of its own.
     *
     * @param extra query parameters every request carries ({@code show_details})
     */
    static Map<String, Function<String, RecordReader>> phases(
            ArrivySource source, SlicedRange.Slice range, Map<String, String> extra) {
        Map<String, Function<String, RecordReader>> phases = new LinkedHashMap<>();
        phases.put(
                "scheduled",
                checkpoint -> new SlicedRange(
                        range.from(),
                        range.to(),
                        source.window().slice(),
                        (slice, inner) -> source.api().pages("/tasks", slice(slice, extra), PAGE_SIZE, inner),
                        checkpoint));
        phases.put(
                "unscheduled",
                checkpoint -> source.api().pages("/tasks", with(extra, "unscheduled", "true"), PAGE_SIZE, checkpoint));
        phases.put(
                "undated",
                checkpoint -> source.api()
                        .pages("/tasks", with(extra, "tasks_with_no_datetime", "true"), PAGE_SIZE, checkpoint));
        return phases;
    }

    /** A slice's filter: Arrivy's {@code to} is taken as inclusive, so a slice asks up to a second before its end. */
    private static Map<String, String> slice(SlicedRange.Slice slice, Map<String, String> extra) {
        Map<String, String> query = with(extra, "from", time(slice.from()));
        query.put("to", time(slice.to().minusSeconds(1)));
        return query;
    }

    private static Map<String, String> with(Map<String, String> extra, String name, String value) {
        Map<String, String> query = new LinkedHashMap<>(extra);
        query.put(name, value);
        return query;
    }

    /** {@code YYYY-MM-DDTHH:mm:ss+00:00}, the one form Arrivy documents. */
    static String time(java.time.Instant instant) {
        return ARRIVY_TIME.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
