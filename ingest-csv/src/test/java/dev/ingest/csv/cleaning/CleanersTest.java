package dev.ingest.csv.cleaning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ingest.csv.profile.DateOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CleanersTest {

    private final DateTimeCleaner us = new DateTimeCleaner(ZoneId.of("America/Chicago"), DateOrder.US);
    private final DateTimeCleaner eu = new DateTimeCleaner(ZoneId.of("Europe/Paris"), DateOrder.EU);

    @Test
    void readsDatesInUsIsoAndEuropeanForms() throws InvalidValue {
        LocalDate march4 = LocalDate.of(2024, 3, 4);
        assertThat(us.date("2024-03-04")).isEqualTo(march4);
        assertThat(us.date("2024/3/4")).isEqualTo(march4);
        assertThat(us.date("3/4/2024")).isEqualTo(march4);
        assertThat(us.date("03-04-24")).isEqualTo(march4);
        assertThat(us.date("4.3.2024")).isEqualTo(march4);
        assertThat(eu.date("04/03/2024")).isEqualTo(march4);
        assertThat(us.date("Mar 4, 2024")).isEqualTo(march4);
        assertThat(us.date("March 4th 2024")).isEqualTo(march4);
        assertThat(us.date("4 March 2024")).isEqualTo(march4);
        assertThat(us.date("04-Mar-2024")).isEqualTo(march4);
        assertThat(us.date("3/4/2024 12:00:00 AM")).isEqualTo(march4);
    }

    @Test
    void rejectsImpossibleAndUnknownDates() {
        assertThatThrownBy(() -> us.date("2/30/2024"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageStartingWith("'2/30/2024' is not a valid date");
        assertThatThrownBy(() -> us.date("13/13/2024")).hasMessageStartingWith("'13/13/2024' is not a valid date");
        assertThatThrownBy(() -> us.date("next tuesday")).hasMessage("'next tuesday' is not a date in a known form");
        assertThatThrownBy(() -> us.date("3/4/2024 9:30 AM"))
                .hasMessage("'3/4/2024 9:30 AM' is a time of day, not a date");
        assertThatThrownBy(() -> us.date("Foo 4, 2024")).hasMessage("'Foo 4, 2024' has no month called Foo");
    }

    @Test
    void readsTimestampsInTheDeclaredZoneUnlessTheyCarryAnOffset() throws InvalidValue {
        assertThat(us.timestamp("2024-03-04T09:30:00Z")).isEqualTo(Instant.parse("2024-03-04T09:30:00Z"));
        assertThat(us.timestamp("2024-03-04 09:30:15.250+02:00")).isEqualTo(Instant.parse("2024-03-04T07:30:15.250Z"));
        assertThat(us.timestamp("2024-03-04 09:30")).isEqualTo(Instant.parse("2024-03-04T15:30:00Z"));
        assertThat(us.timestamp("3/4/2024 9:30 PM")).isEqualTo(Instant.parse("2024-03-05T03:30:00Z"));
        assertThat(us.timestamp("3/4/2024 12:05 AM")).isEqualTo(Instant.parse("2024-03-04T06:05:00Z"));
        assertThat(us.timestamp("7/4/2024")).isEqualTo(Instant.parse("2024-07-04T05:00:00Z"));
        assertThat(eu.timestamp("04/03/2024 21:30")).isEqualTo(Instant.parse("2024-03-04T20:30:00Z"));
        assertThatThrownBy(() -> us.timestamp("3/4/2024 13:00 PM"))
                .hasMessage("'3/4/2024 13:00 PM' has hour 13 with PM");
        assertThatThrownBy(() -> us.timestamp("2024-03-04 25:00"))
                .hasMessageStartingWith("'2024-03-04 25:00' is not a valid timestamp");
    }

    @Test
    void readsMoneyWithSymbolsSeparatorsAndAccountingNegatives() throws InvalidValue {
        assertThat(NumberCleaners.money("$1,234.50")).isEqualByComparingTo("1234.50");
        assertThat(NumberCleaners.money("(12.00)")).isEqualByComparingTo("-12.00");
        assertThat(NumberCleaners.money("($12.00)")).isEqualByComparingTo("-12.00");
        assertThat(NumberCleaners.money("-$5")).isEqualByComparingTo("-5");
        assertThat(NumberCleaners.money("$-5")).isEqualByComparingTo("-5");
        assertThat(NumberCleaners.money("99.9 USD")).isEqualByComparingTo("99.9");
        assertThatThrownBy(() -> NumberCleaners.money("call us")).hasMessage("'call us' is not an amount of money");
        assertThatThrownBy(() -> NumberCleaners.money("$1.2.3")).hasMessage("'$1.2.3' is not an amount of money");
    }

    @Test
    void readsBooleansAndNumbersAsSpreadsheetsWriteThem() throws InvalidValue {
        assertThat(NumberCleaners.bool("Y")).isTrue();
        assertThat(NumberCleaners.bool("no")).isFalse();
        assertThat(NumberCleaners.bool("1")).isTrue();
        assertThat(NumberCleaners.bool("FALSE")).isFalse();
        assertThatThrownBy(() -> NumberCleaners.bool("maybe"))
                .hasMessage("'maybe' is not yes/no, true/false, Y/N or 1/0");
        assertThat(NumberCleaners.integer("1,234")).isEqualTo(1234L);
        assertThat(NumberCleaners.integer("12.0")).isEqualTo(12L);
        assertThatThrownBy(() -> NumberCleaners.integer("12.5")).hasMessage("'12.5' is not a whole number");
        assertThat(NumberCleaners.decimal("-1,000.25")).isEqualTo(new BigDecimal("-1000.25"));
    }

    @Test
    void lowerCasesAndChecksEmails() throws InvalidValue {
        assertThat(ContactCleaners.email("Bob.Smith+crm@Example.COM")).isEqualTo("bob.smith+crm@example.com");
        assertThat(ContactCleaners.email("José.García@example.com")).isEqualTo("josé.garcía@example.com");
        assertThatThrownBy(() -> ContactCleaners.email("bob@")).hasMessage("'bob@' is not an email address");
        assertThatThrownBy(() -> ContactCleaners.email("bob@@example.com"))
                .hasMessage("'bob@@example.com' is not an email address");
        assertThatThrownBy(() -> ContactCleaners.email("bob..x@example.com")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void normalisesPhonesToE164KeepingExtensions() throws InvalidValue {
        ValueCleaner phone = ContactCleaners.phone("US");
        assertThat(phone.clean("(512) 555-0123")).isEqualTo("+15125550123");
        assertThat(phone.clean("+1 (512) 555-0123")).isEqualTo("+15125550123");
        assertThat(phone.clean("1-512-555-0123")).isEqualTo("+15125550123");
        assertThat(phone.clean("512.555.0123 ext. 42")).isEqualTo("+15125550123;ext=42");
        assertThat(phone.clean("+44 20 7946 0958")).isEqualTo("+442079460958");
        assertThatThrownBy(() -> phone.clean("555-1234"))
                .hasMessage("'555-1234' is not a valid phone number for region US");
        assertThatThrownBy(() -> phone.clean("call me")).hasMessage("'call me' is not a phone number");
    }

    @Test
    void keepsZipLeadingZerosAndChecksStates() throws InvalidValue {
        assertThat(ContactCleaners.zip("02134")).isEqualTo("02134");
        assertThat(ContactCleaners.zip("2134")).isEqualTo("02134");
        assertThat(ContactCleaners.zip("021341234")).isEqualTo("02134-1234");
        assertThat(ContactCleaners.zip("02134-1234")).isEqualTo("02134-1234");
        assertThatThrownBy(() -> ContactCleaners.zip("2134-12")).hasMessage("'2134-12' is not a 5-digit ZIP or ZIP+4");
        assertThat(ContactCleaners.state("tx")).isEqualTo("TX");
        assertThatThrownBy(() -> ContactCleaners.state("XX")).hasMessage("'XX' is not a US state code");
    }
}
