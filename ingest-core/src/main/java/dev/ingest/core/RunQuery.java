package dev.ingest.core;

import java.time.Instant;

/**
 * Which recorded runs to read, newest first; a {@code null} field does not narrow the list. Immutable.
 *
 * @param connector only this connector's runs, or {@code null}
 * @param stream    only this stream's runs, or {@code null}
 * @param status    only runs that ended (or are) so, or {@code null}
 * @param since     only runs started at or after this time, or {@code null}
 * @param limit     at most this many runs, at least 1
 */
public record RunQuery(String connector, String stream, RunStatus status, Instant since, int limit) {

    /**
     * Validates the limit.
     *
     * @param connector only this connector's runs, or {@code null}
     * @param stream    only this stream's runs, or {@code null}
     * @param status    only runs with this status, or {@code null}
     * @param since     only runs started at or after this time, or {@code null}
     * @param limit     at most this many runs
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    public RunQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    /**
     * The newest runs of every connector.
     *
     * @param limit at most this many runs
     * @return a query narrowed by nothing else
     */
    public static RunQuery latest(int limit) {
        return new RunQuery(null, null, null, null, limit);
    }

    /**
     * @param name the connector whose runs to read
     * @return this query narrowed to that connector
     */
    public RunQuery withConnector(String name) {
        return new RunQuery(name, stream, status, since, limit);
    }

    /**
     * @param name the stream whose runs to read
     * @return this query narrowed to that stream
     */
    public RunQuery withStream(String name) {
        return new RunQuery(connector, name, status, since, limit);
    }

    /**
     * @param value the status to read runs of
     * @return this query narrowed to that status
     */
    public RunQuery withStatus(RunStatus value) {
        return new RunQuery(connector, stream, value, since, limit);
    }

    /**
     * @param time the earliest start time to read runs of
     * @return this query narrowed to runs started then or later
     */
    public RunQuery withSince(Instant time) {
        return new RunQuery(connector, stream, status, time, limit);
    }
}
