package dev.ingest.csv.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatedValuesTest {

    private static String value(RepeatedValues values, int column, String text) {
        char[] chars = ("<" + text + ">").toCharArray();
        return values.value(column, chars, 1, chars.length - 1);
    }

    @Test
    void givesEveryValueItsOwnTextWhateverTheColumnHeldBefore() {
        RepeatedValues values = new RepeatedValues();
        Random random = new Random(7);
        String[] states = {"TX", "CO", "NJ", "CA", "", "Zoë", "😀", "tx", "T X"};
        for (int i = 0; i < 50_000; i++) {
            int column = random.nextInt(200);
            String text = random.nextBoolean()
                    ? states[random.nextInt(states.length)]
                    : Long.toString(random.nextLong(), 36).repeat(1 + random.nextInt(4));
            assertThat(value(values, column, text)).isEqualTo(text);
        }
    }

    @Test
    void makesAColumnsRepeatedValueOnce() {
        RepeatedValues values = new RepeatedValues();
        String first = value(values, 3, "marketingqualifiedlead");
        value(values, 3, "customer");
        assertThat(value(values, 3, "marketingqualifiedlead")).isSameAs(first);
        assertThat(value(values, 4, "marketingqualifiedlead")).isNotSameAs(first);
    }

    @Test
    void leavesAColumnWhoseValuesDoNotRepeatToMakeItsStringsAsTheyCome() {
        RepeatedValues values = new RepeatedValues();
        for (int i = 0; i < 10_000; i++) {
            value(values, 0, "id-" + i);
            value(values, 1, i % 2 == 0 ? "TX" : "CO");
        }
        assertThat(value(values, 0, "again")).isNotSameAs(value(values, 0, "again"));
        assertThat(value(values, 1, "TX")).isSameAs(value(values, 1, "TX"));
    }
}
