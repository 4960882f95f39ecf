package dev.ingest.callrail.windows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-day windows one after another, each at most {@code days} long: how a list filtered by date (an API whose
 * default window is short, or that bounds a request's range) is read from a first day to a last one, a slice at a
 * time. A slice begins {@code days} after the one before, counted from the first day, so the same first day always
 * gives the same slices.
 *
 * @param days the most days in one window
 */
public record DateWindows(int days) {

    /** Days {@code start} to {@code end}, both included. */
    public record Window(LocalDate start, LocalDate end) {}

    public DateWindows {
        if (days < 1) {
            throw new IllegalArgumentException("a window needs at least one day: " + days);
        }
    }

    /** The windows covering {@code first} to {@code last}, both included; none when {@code last} is before {@code first}. */
    public List<Window> between(LocalDate first, LocalDate last) {
        List<Window> windows = new ArrayList<>();
        for (LocalDate start = first; !start.isAfter(last); start = start.plusDays(days)) {
            LocalDate end = start.plusDays(days - 1L);
            windows.add(new Window(start, end.isAfter(last) ? last : end));
        }
        return windows;
    }
}
