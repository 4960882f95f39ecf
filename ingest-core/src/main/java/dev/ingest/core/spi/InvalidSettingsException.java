package dev.ingest.core.spi;

import java.util.List;

/** Settings that are missing or malformed: every problem found, each a line naming its setting. */
public final class InvalidSettingsException extends ConfigException {

    private final List<String> problems;

    public InvalidSettingsException(List<String> problems) {
        super(
                problems.size() == 1
                        ? problems.get(0)
                        : problems.size() + " settings are not valid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
