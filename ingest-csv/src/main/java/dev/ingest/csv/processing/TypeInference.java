package dev.ingest.csv.processing;

import dev.ingest.csv.cleaning.Cleaners;
import dev.ingest.csv.cleaning.InvalidValue;
import dev.ingest.csv.input.CsvRecord;
import dev.ingest.csv.profile.FieldType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses a column's type from a sample of its values, like Embulk's guess: the narrowest of integer,
 * decimal, boolean, date, timestamp that at least {@link #TOLERANCE} of the non-empty values fit, else text.
 * The few values that do not fit are rejected rows at load time, not a failed import.
 */
public final class TypeInference {

    static final double TOLERANCE = 0.95;
    private static final List<FieldType> CANDIDATES =
            List.of(FieldType.INTEGER, FieldType.DECIMAL, FieldType.BOOLEAN, FieldType.DATE, FieldType.TIMESTAMP);
    /** Words that make a column boolean; 0 and 1 alone make it an integer. */
    private static final Set<String> BOOLEAN_WORDS = Set.of("true", "false", "yes", "no", "y", "n", "t", "f");

    private TypeInference() {}

    public static FieldType infer(List<CsvRecord> sample, int index, Cleaners cleaners) {
        List<String> values = sample.stream()
                .map(r -> index < r.fields().size() ? r.fields().get(index).strip() : "")
                .filter(v -> !v.isEmpty())
                .toList();
        if (values.isEmpty()) {
            return FieldType.TEXT;
        }
        for (FieldType type : CANDIDATES) {
            if (type == FieldType.BOOLEAN
                    && values.stream().noneMatch(v -> BOOLEAN_WORDS.contains(v.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            long fits = values.stream().filter(v -> fits(cleaners, type, v)).count();
            if (fits >= Math.ceil(values.size() * TOLERANCE)) {
                return type;
            }
        }
        return FieldType.TEXT;
    }

    private static boolean fits(Cleaners cleaners, FieldType type, String value) {
        try {
            cleaners.forType(type).clean(value);
            return true;
        } catch (InvalidValue e) {
            return false;
        }
    }
}
