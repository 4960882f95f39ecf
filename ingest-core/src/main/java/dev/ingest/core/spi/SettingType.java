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

    /** Why {@code value} does not fit, as the end of "X must be ...", or {@code null} when it fits. */
    String problem(String value);

    /** The type as the settings table names it. */
    String label();

    static SettingType text() {
        return new Text();
    }

    static SettingType wholeNumber(long min, long max) {
        return new WholeNumber(min, max);
    }

    /** A whole number of {@code unit}s from {@code min} to {@code max}, the unit named in the setting's name too. */
    static SettingType duration(ChronoUnit unit, long min, long max) {
        return new WholeDuration(unit, new WholeNumber(min, max));
    }

    /** One of {@code values}, in any case. */
    static SettingType oneOf(List<String> values) {
        return new OneOf(List.copyOf(values));
    }

    /** An absolute {@code http} or {@code https} URL. */
    static SettingType url() {
        return new Url();
    }

    /** A file that exists and can be read. */
    static SettingType file() {
        return new ReadableFile();
    }

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

    /** A span of time as a whole number of one unit: {@code 30} for a setting named {@code ..._DAYS}. */
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
