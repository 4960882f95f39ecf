package dev.ingest.csv.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The phone cleaner's shortcuts (plain North American numbers, short plain numbers) say what libphonenumber says. */
class PhoneFastPathTest {

    private static final String SEPARATORS = " -.()";

    @Test
    void plainNumbersOfAnyLengthGetLibphonenumbersVerdictInEveryNorthAmericanRegion() {
        Random random = new Random(11);
        int shortcuts = 0;
        for (String region : PhoneNumberUtil.getInstance().getRegionCodesForCountryCode(1)) {
            ValueCleaner phone = ContactCleaners.phone(region);
            RegionNumberPatterns patterns = RegionNumberPatterns.of(region);
            for (int n = 0; n < 2_000; n++) {
                String text = plainNumber(random);
                assertThat(outcome(() -> phone.clean(text)))
                        .as("'%s' in %s", text, region)
                        .isEqualTo(outcome(() -> ContactCleaners.parsedPhone(text, region)));
                long national = ContactCleaners.nanpNationalNumber(text);
                shortcuts += national > 0 || national < -1 && patterns.noNumberHasDigits((int) -national) ? 1 : 0;
            }
        }
        assertThat(shortcuts).as("texts the shortcuts decided").isGreaterThan(5_000);
    }

    @Test
    void shortPlainNumbersAreNotValidWithoutTheParserWhereNoRegionHasNumbersThatShort() {
        assertThat(ContactCleaners.nanpNationalNumber("555-12")).isEqualTo(-5);
        assertThat(ContactCleaners.nanpNationalNumber("1 (555) 123-45")).isEqualTo(-9);
        // An international prefix, a plus or too few digits: the parser's to judge.
        assertThat(ContactCleaners.nanpNationalNumber("011 44 2079")).isEqualTo(-1);
        assertThat(ContactCleaners.nanpNationalNumber("+44 2079 4")).isEqualTo(-1);
        assertThat(ContactCleaners.nanpNationalNumber("555")).isEqualTo(-1);
        RegionNumberPatterns us = RegionNumberPatterns.of("US");
        assertThat(us.noNumberHasDigits(5)).isTrue();
        // Canada's 310-XXXX numbers, valid whatever the default region, and with a national prefix 1 before them.
        assertThat(us.noNumberHasDigits(7)).isFalse();
        assertThat(us.noNumberHasDigits(8)).isFalse();
        // Antigua completes 7-digit local numbers with its area code.
        assertThat(RegionNumberPatterns.of("AG").noNumberHasDigits(5)).isFalse();
    }

    /** 1 to 12 digits, sometimes led by a plus, a 1 or a 0, with separators between and around them. */
    private static String plainNumber(Random random) {
        StringBuilder text = new StringBuilder();
        switch (random.nextInt(6)) {
            case 0 -> text.append('+');
            case 1 -> text.append('1');
            case 2 -> text.append('0');
            default -> {}
        }
        int digits = 1 + random.nextInt(12);
        for (int i = 0; i < digits; i++) {
            if (random.nextInt(4) == 0) {
                text.append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
            }
            text.append((char) ('0' + (i == 0 ? 2 + random.nextInt(8) : random.nextInt(10))));
        }
        return text.toString();
    }

    private interface Cleaning {
        Object run() throws InvalidValue;
    }

    private static String outcome(Cleaning cleaning) {
        try {
            return "value " + cleaning.run();
        } catch (InvalidValue e) {
            return "invalid " + e.getMessage();
        }
    }
}
