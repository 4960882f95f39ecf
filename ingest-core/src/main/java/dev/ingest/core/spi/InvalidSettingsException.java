package dev.ingest.core.spi;

import java.util.List;

/** Settings that are missing or malformed: every problem found, each a line naming its setting. */
public final class InvalidSettingsException extends ConfigException {

    /** One line per problem, each naming its setting. */
    private final List<String> problems;

    /**
     * Settings errors, the message being the one problem or all of them on one line.
     *
     * @param problems one line per problem, at least one
     */
    public InvalidSettingsException(List<String> problems) {
        super(
                problems.size() == 1
                        ? problems.get(0)
                        : problems.size() + " settings are not valid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, for a caller that lists them one a line.
     *
     * @return one line per problem, each naming its setting; an immutable list
     */
    public List<String> problems() {
        return problems;
    }
}
