package dev.ingest.core.spi;

import java.util.List;
import java.util.Locale;

/**
 * What a row keeps in {@code _raw} besides its columns. By default only what no column holds: a field a column
 * holds is there already, and a second copy of every field would double the table and the time to load it.
 * Either way the record can be rebuilt from its row ({@link Processor#rebuild}).
 */
public enum RawPolicy {
    /** The source record's fields no column gives back exactly; NULL when there are none. */
    UNMAPPED,
    /** The whole source record. */
    ALL;

    /**
     * The setting every connector has ({@code <CONNECTOR>_RAW}), whose value when unset is {@code INGEST_RAW}'s:
     * {@link Settings} adds it to a connector's own.
     */
    public static final Setting SETTING = Setting.optional(
                    "RAW",
                    "what _raw keeps besides the columns: unmapped (the fields no column holds, NULL when none) or all"
                            + " (the whole source record); unset, INGEST_RAW's value",
                    "unmapped")
            .as(SettingType.oneOf(List.of("unmapped", "all")));

    /**
     * Reads the setting's value.
     *
     * @param text {@code unmapped} or {@code all}, in any case, surrounding blanks ignored; not null
     * @return the policy it names
     * @throws ConfigException when {@code text} is neither
     */
    public static RawPolicy parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "unmapped" -> UNMAPPED;
            case "all" -> ALL;
            default -> throw new ConfigException("_raw must be unmapped or all, got '" + text + "'");
        };
    }

    /**
     * The policy {@code settings} give, its connector's own or else {@code INGEST_RAW}'s.
     *
     * @param settings a connector's settings
     * @return the policy, {@link #UNMAPPED} when neither is set
     * @throws ConfigException when the value is not a policy
     */
    public static RawPolicy of(Settings settings) {
        return settings.get(SETTING.name()).map(RawPolicy::parse).orElse(UNMAPPED);
    }

    /**
     * The policy as the setting's value names it.
     *
     * @return {@code unmapped} or {@code all}
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
