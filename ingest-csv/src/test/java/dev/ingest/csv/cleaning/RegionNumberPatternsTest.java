package dev.ingest.csv.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionNumberPatternsTest {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    @Test
    void decidesValidityAsLibphonenumberDoesForNorthAmericanRegions() {
        Random random = new Random(7);
        for (String region : PHONES.getRegionCodesForCountryCode(1)) {
            RegionNumberPatterns patterns = RegionNumberPatterns.of(region);
            int valid = 0;
            int numbers = region.equals("US") || region.equals("CA") ? 50_000 : 10_000;
            for (int n = 0; n < numbers; n++) {
                // Area codes and exchanges of every first digit, toll-free and premium prefixes among them.
                long national = n % 5 == 0
                        ? 8_000_000_000L + random.nextInt(1_000_000_000)
                        : 1_000_000_000L + (long) (random.nextDouble() * 9e9);
                String digits = Long.toString(national);
                boolean expected = PHONES.isValidNumberForRegion(
                        new PhoneNumber().setCountryCode(1).setNationalNumber(national), region);
                assertThat(patterns.valid(digits))
                        .as("%s in %s", digits, region)
                        .isEqualTo(expected);
                valid += expected ? 1 : 0;
            }
            assertThat(valid).as("valid numbers seen in %s", region).isGreaterThan(10);
        }
    }

    @Test
    void translatesEveryRegionsPatternsAndDeclinesOtherSyntax() {
        for (String region : PHONES.getSupportedRegions()) {
            assertThat(RegionNumberPatterns.of(region)).as(region).isNotNull();
        }
        assertThat(RegionNumberPatterns.translatable("(?:2[0-8]|3\\d)\\d{6,7}|[4-9]\\d{3}"))
                .isTrue();
        assertThat(RegionNumberPatterns.translatable("1(?=2)\\d{9}")).isFalse();
        assertThat(RegionNumberPatterns.translatable("[2-9].{9}")).isFalse();
        assertThat(RegionNumberPatterns.translatable("[2-9]\\d+")).isFalse();
    }

    @Test
    void numbersOfOtherLengthsAreNotValid() {
        RegionNumberPatterns us = RegionNumberPatterns.of("US");
        assertThat(us.valid("5128707525")).isTrue();
        assertThat(us.valid("512870752")).isFalse();
        assertThat(us.valid("51287075250")).isFalse();
        assertThat(us.valid("")).isFalse();
        assertThat(us.valid("512870752x")).isFalse();
    }

    @Test
    void anUnknownRegionIsNamed() {
        assertThatThrownBy(() -> RegionNumberPatterns.of("XX")).hasMessageContaining("region XX");
    }
}
