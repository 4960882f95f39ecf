package dev.ingest.hubspot.schema;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives each source name a distinct lower snake_case column name the core accepts: letters, digits and
 * underscores, not starting with an underscore or a digit, at most 63 characters.
 */
public final class ColumnNames {

    private static final int MAX = 63;

    private final Set<String> taken = new HashSet<>();

    /** @param reserved names already in use (the fixed columns) */
    public ColumnNames(Set<String> reserved) {
        taken.addAll(reserved);
    }

    /** A column name for {@code sourceName}, different from every name given out before. */
    public String add(String sourceName) {
        String base = sanitise(sourceName);
        String name = base;
        for (int n = 2; !taken.add(name); n++) {
            String suffix = "_" + n;
            name = base.substring(0, Math.min(base.length(), MAX - suffix.length())) + suffix;
        }
        return name;
    }

    /** {@code HS_Lead Status} -> {@code hs_lead_status}, {@code 2nd-phone} -> {@code p_2nd_phone}. */
    public static String sanitise(String sourceName) {
        String snake = sourceName
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (snake.isEmpty()) {
            snake = "p";
        } else if (Character.isDigit(snake.charAt(0))) {
            snake = "p_" + snake;
        }
        return snake.length() > MAX ? snake.substring(0, MAX).replaceAll("_+$", "") : snake;
    }
}
