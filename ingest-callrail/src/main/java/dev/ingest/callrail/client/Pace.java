package dev.ingest.callrail.client;

import java.time.Duration;

/**
 * The lengths of CallRail's budget windows and the wait after a 429, which says nothing of how long to wait. A
 * benchmark or test scales them down; the API's are {@link #API}.
 *
 * @param hour     the hourly budget's window; a request waits at most this long for a budget to free
 * @param day      the daily budget's window
 * @param throttle the wait after a 429
 */
public record Pace(Duration hour, Duration day, Duration throttle) {

    public static final Pace API = new Pace(Duration.ofHours(1), Duration.ofDays(1), Duration.ofMinutes(1));
}
