package dev.ingest.csv.bench;

import dev.ingest.csv.cleaning.ContactCleaners;
import dev.ingest.csv.cleaning.DateTimeCleaner;
import dev.ingest.csv.cleaning.InvalidValue;
import dev.ingest.csv.cleaning.ValueCleaner;
import dev.ingest.csv.profile.DateOrder;
import java.time.ZoneId;
import java.util.Random;

/**
 * Nanoseconds per value of the contact and date cleaners, on values shaped like {@link ContactsCsvGenerator}'s (one in
 * 50 bad), best of several rounds after warm-up. It uses only public methods, so the same source measures an older
 * build of the cleaners. Usage: {@code CleanersBenchmark [values]}, 1,000,000 by default.
 */
public final class CleanersBenchmark {

    private CleanersBenchmark() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Random random = new Random(42);
        String[] emails = new String[count];
        String[] dates = new String[count];
        String[] states = new String[count];
        String[] zips = new String[count];
        String[] phones = new String[count];
        for (int i = 0; i < count; i++) {
            boolean bad = i % 50 == 49;
            emails[i] =
                    bad ? "jose@" : "jos\u00e9.garcia".substring(random.nextInt(5) == 0 ? 0 : 5) + i + "@example.com";
            int day = 1 + random.nextInt(28);
            int hour = random.nextInt(24);
            dates[i] = bad
                    ? "2024-13-45 10:00"
                    : random.nextBoolean()
                            ? String.format(
                                    "2024-03-%02d %02d:%02d:%02d", day, hour, random.nextInt(60), random.nextInt(60))
                            : String.format(
                                    "3/%d/2024 %d:%02d %s",
                                    day, hour % 12 + 1, random.nextInt(60), hour < 12 ? "AM" : "PM");
            states[i] = bad ? "XX" : new String[] {"TX", "MA", "FL", "CO", "NJ", "tx"}[random.nextInt(6)];
            zips[i] = bad
                    ? "ABCDE"
                    : new String[] {"78201", "02134", "78701-1234", "2134", "787011234"}[random.nextInt(5)];
            phones[i] =
                    bad ? "555-12" : String.format("(512) %d-%04d", 200 + random.nextInt(700), random.nextInt(10000));
        }
        DateTimeCleaner dateTimes = new DateTimeCleaner(ZoneId.of("America/Chicago"), DateOrder.US);
        for (int round = 0; round < 3; round++) {
            System.out.printf(
                    "round %d: email %.0f, timestamp %.0f, state %.0f, zip %.0f, phone %.0f ns/value%n",
                    round,
                    nanosPerValue(ContactCleaners::email, emails),
                    nanosPerValue(dateTimes::timestamp, dates),
                    nanosPerValue(ContactCleaners::state, states),
                    nanosPerValue(ContactCleaners::zip, zips),
                    nanosPerValue(ContactCleaners.phone("US"), phones));
        }
    }

    /** The best of five passes over the values. */
    private static double nanosPerValue(ValueCleaner cleaner, String[] values) {
        long best = Long.MAX_VALUE;
        int sink = 0;
        for (int pass = 0; pass < 5; pass++) {
            long start = System.nanoTime();
            for (String value : values) {
                try {
                    sink += cleaner.clean(value).hashCode();
                } catch (InvalidValue e) {
                    sink++;
                }
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return (double) best / values.length;
    }
}
