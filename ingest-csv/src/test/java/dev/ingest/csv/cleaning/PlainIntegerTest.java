package dev.ingest.csv.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link NumberCleaners#plainInteger} reads what {@link NumberCleaners#integer} reads, for plain integers only. */
class PlainIntegerTest {

    private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1,18}");

    @Test
    void readsAPlainIntegerAsTheIntegerCleanerDoesAndLeavesEveryOtherTextToIt() throws InvalidValue {
        Random random = new Random(17);
        String noise = "0123456789-+ ,.eE\t\"x";
        int plain = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(4) == 0) {
                text.append('-');
            }
            for (int i = 0, digits = random.nextInt(22); i < digits; i++) {
                text.append(
                        random.nextInt(30) == 0
                                ? noise.charAt(random.nextInt(noise.length()))
                                : (char) ('0' + random.nextInt(10)));
            }
            String value = text.toString();
            // Among other bytes, as a value lies in a record.
            byte[] bytes = ("a," + value + ",b").getBytes(StandardCharsets.US_ASCII);

            long read = NumberCleaners.plainInteger(bytes, 2, 2 + value.length());

            if (PLAIN.matcher(value).matches()) {
                plain++;
                assertThat(read).as("'%s'", value).isEqualTo(NumberCleaners.integer(value.strip()));
            } else {
                assertThat(read).as("'%s'", value).isEqualTo(NumberCleaners.NOT_PLAIN);
            }
        }
        assertThat(plain).as("plain integers read").isGreaterThan(50_000);
    }

    @Test
    void readsLeadingZerosMinusZeroAndTheLongestPlainIntegers() {
        assertThat(plainInteger("0101")).isEqualTo(101);
        assertThat(plainInteger("-0")).isZero();
        assertThat(plainInteger("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
        assertThat(plainInteger("-999999999999999999")).isEqualTo(-999_999_999_999_999_999L);
        assertThat(plainInteger("1000000000000000000")).isEqualTo(NumberCleaners.NOT_PLAIN);
        assertThat(plainInteger("")).isEqualTo(NumberCleaners.NOT_PLAIN);
        assertThat(plainInteger("-")).isEqualTo(NumberCleaners.NOT_PLAIN);
    }

    private static long plainInteger(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return NumberCleaners.plainInteger(bytes, 0, bytes.length);
    }
}
