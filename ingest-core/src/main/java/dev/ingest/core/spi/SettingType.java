package dev.ingest.core.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** What a setting's value must be, checked before a connector opens, and named in its documentation. */
public sealed interface SettingType {

    /**
     * @param value a value as given, never {@code null}
     * @return why it does not fit, as the end of "X must be ..." ({@code "between 1 and 600"}), or {@code null} when
     *     it fits
     */
    String problem(String value);

    /** @return the type as the settings table and {@code ingest connectors} name it ({@code "seconds, 1 to 600"}) */
    String label();

    /** @return any text */
    static SettingType text() {
        return new Text();
    }

    /**
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @return a whole number from {@code min} to {@code max}
     */
    static SettingType wholeNumber(long min, long max) {
        return new WholeNumber(min, max);
    }

    /**
     * A span of time, read by {@link Settings#getDuration}; the unit is named in the setting's name too
     * ({@code _SECONDS}).
     *
     * @param unit the unit the value counts
     * @param min  the least value allowed
     * @param max  the greatest value allowed
     * @return a whole number of {@code unit}s from {@code min} to {@code max}
     */
    static SettingType duration(ChronoUnit unit, long min, long max) {
        return new WholeDuration(unit, new WholeNumber(min, max));
    }

    /**
     * @param values the values allowed
     * @return one of {@code values}, in any case
     */
    static SettingType oneOf(List<String> values) {
        return new OneOf(List.copyOf(values));
    }

    /** @return an absolute {@code http} or {@code https} URL with a host */
    static SettingType url() {
        return new Url();
    }

    /** @return a file that exists and can be read when the connector opens */
    static SettingType file() {
        return new ReadableFile();
    }

    /** Any text: see {@link #text()}. */
    record Text() implements SettingType {
        @Override
        public String problem(String value) {
            return null;
        }

        @Override
        public String label() {
            return "text";
        }
    }

    /**
     * A whole number in a range: see {@link #wholeNumber}.
     *
     * @param min the least value allowed
     * @param max the greatest value allowed
     */
    record WholeNumber(long min, long max) implements SettingType {
        @Override
        public String problem(String value) {
            try {
                long number = Long.parseLong(value.strip());
                return number < min || number > max ? "between " + min + " and " + max : null;
            } catch (NumberFormatException e) {
                return "a whole number";
            }
        }

        @Override
        public String label() {
            if (max == Long.MAX_VALUE) {
                return min == Long.MIN_VALUE ? "whole number" : "whole number, at least " + min;
            }
            return "whole number, " + min + " to " + max;
        }
    }

    /**
     * A span of time as a whole number of one unit: {@code 30} for a setting named {@code ..._DAYS}.
     *
     * @param unit  the unit the value counts
     * @param range the numbers allowed
     */
    record WholeDuration(ChronoUnit unit, WholeNumber range) implements SettingType {
        @Override
        public String problem(String value) {
            String problem = range.problem(value);
            return problem == null ? null : unitName() + ", " + problem;
        }

        @Override
        public String label() {
            return unitName() + range.label().substring("whole number".length());
        }

        private String unitName() {
            return unit.toString().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One of a few values, in any case: see {@link #oneOf}.
     *
     * @param values the values allowed
     */
    record OneOf(List<String> values) implements SettingType {
        @Override
        public String problem(String value) {
            return values.stream().anyMatch(v -> v.equalsIgnoreCase(value.strip()))
                    ? null
                    : "one of " + String.join(", ", values);
        }

        @Override
        public String label() {
            return "one of " + String.join(", ", values);
        }
    }

    /** An absolute web URL: see {@link #url()}. */
    record Url() implements SettingType {
        @Override
        public String problem(String value) {
            try {
                URI uri = new URI(value.strip());
                boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
                return web && uri.getHost() != null ? null : "an http or https URL with a host";
            } catch (URISyntaxException e) {
                return "an http or https URL with a host";
            }
        }

        @Override
        public String label() {
            return "URL";
        }
    }

    /** A readable file: see {@link #file()}. */
    record ReadableFile() implements SettingType {
        @Override
        public String problem(String value) {
            try {
                Path path = Path.of(value.strip());
                return Files.isRegularFile(path) && Files.isReadable(path)
                        ? null
                        : "a file that exists and can be read";
            } catch (InvalidPathException e) {
                return "a file path";
            }
        }

        @Override
        public String label() {
            return "file";
        }
    }
}
