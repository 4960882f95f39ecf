package dev.ingest.core.internal.sample;

import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.SettingType;
import dev.ingest.core.spi.Settings;
import java.util.List;

/**
 * What the sample data looks like.
 *
 * @param count how many contacts round 0 has; companies and deals are sized from it
 * @param seed  the seed every value derives from
 * @param round how many rounds of changes have happened since the initial data
 */
public record SampleSettings(int count, long seed, int round) {

    public static final int MAX_COUNT = 100_000_000;
    public static final int MAX_ROUND = 10_000;

    public static final List<Setting> DECLARED = List.of(
            Setting.optional("COUNT", "how many contacts to generate (companies are a tenth, deals a half)", "1000")
                    .as(SettingType.wholeNumber(1, MAX_COUNT)),
            Setting.optional("SEED", "the seed of the generated values; the same seed gives the same data", "42")
                    .as(SettingType.wholeNumber(Long.MIN_VALUE, Long.MAX_VALUE)),
            Setting.optional(
                            "ROUND",
                            "how many rounds of changes (about 2% changed and 1% new records each) to apply",
                            "0")
                    .as(SettingType.wholeNumber(0, MAX_ROUND)));

    public static SampleSettings from(Settings settings) {
        return new SampleSettings(settings.getInt("COUNT"), settings.getLong("SEED"), settings.getInt("ROUND"));
    }
}
