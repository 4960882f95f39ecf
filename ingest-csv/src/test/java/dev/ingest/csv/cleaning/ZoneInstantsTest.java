package dev.ingest.csv.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ZoneInstantsTest {

    /** Daylight saving, a half-hour change (Lord Howe), a skipped day (Apia), a fixed offset, and no change at all. */
    private static final List<String> ZONES = List.of(
            "America/Chicago",
            "Europe/Paris",
            "Australia/Lord_Howe",
            "Pacific/Apia",
            "Asia/Kolkata",
            "America/Sao_Paulo",
            "UTC");

    @Test
    void givesTheInstantsTheZonesRulesGiveInGapsOverlapsAndBetween() {
        Random random = new Random(3);
        for (String name : ZONES) {
            ZoneId zone = ZoneId.of(name);
            ZoneInstants instants = new ZoneInstants(zone);
            List<LocalDateTime> times = new ArrayList<>();
            // Runs of nearby times, as a file's timestamps come, so that remembered spans serve many of them.
            LocalDateTime at = LocalDateTime.of(1900, 1, 1, 0, 0);
            while (at.getYear() < 2100) {
                times.add(at);
                at = at.plusSeconds(random.nextInt(3 * 24 * 3600)).plusNanos(random.nextInt(1_000_000_000));
            }
            // Every second around each transition in the file's range, edges of gaps and overlaps included.
            for (ZoneOffsetTransition transition : zone.getRules().getTransitions()) {
                LocalDateTime edge = transition.getDateTimeBefore().isBefore(transition.getDateTimeAfter())
                        ? transition.getDateTimeBefore()
                        : transition.getDateTimeAfter();
                for (int s = -5; s <= 3605 + 5; s += 1 + random.nextInt(40)) {
                    times.add(edge.plusSeconds(s));
                    times.add(edge.plusSeconds(s).withNano(999_999_999));
                }
            }
            // In file order, then shuffled: values on both sides of many changes, met in any order.
            List<LocalDateTime> shuffled = new ArrayList<>(times);
            Collections.shuffle(shuffled, random);
            times.addAll(shuffled);
            for (LocalDateTime time : times) {
                assertThat(instants.instant(time))
                        .as("%s in %s", time, name)
                        .isEqualTo(time.atZone(zone).toInstant());
            }
        }
    }

    @Test
    void anOverlapTakesTheEarlierOffsetAndAGapMovesForward() {
        ZoneInstants chicago = new ZoneInstants(ZoneId.of("America/Chicago"));
        LocalDateTime afterOverlap = LocalDateTime.of(2024, 11, 3, 3, 0);
        chicago.instant(afterOverlap);
        // 01:30 on 2024-11-03 happens twice; the first is daylight time.
        assertThat(chicago.instant(LocalDateTime.of(2024, 11, 3, 1, 30)))
                .isEqualTo(LocalDateTime.of(2024, 11, 3, 1, 30).toInstant(ZoneOffset.ofHours(-5)));
        chicago.instant(LocalDateTime.of(2024, 3, 10, 1, 0));
        // 02:30 on 2024-03-10 does not exist: it is 03:30 daylight time.
        assertThat(chicago.instant(LocalDateTime.of(2024, 3, 10, 2, 30)))
                .isEqualTo(LocalDateTime.of(2024, 3, 10, 3, 30).toInstant(ZoneOffset.ofHours(-5)));
    }
}
