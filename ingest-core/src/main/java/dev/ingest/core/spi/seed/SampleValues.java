package dev.ingest.core.spi.seed;

import dev.ingest.core.spi.seed.SampleNames.City;
import dev.ingest.core.spi.seed.SampleNames.Trade;
import dev.ingest.core.spi.seed.SampleNames.Word;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Realistic CRM values, each a pure function of the seed and an index: the same seed and index always give
 * the same value, on any thread, without shared state. Different kinds of value draw from independent
 * streams, so {@code person(7)} and {@code company(7)} are unrelated.
 */
public final class SampleValues {

    /**
     * A person as a CRM holds a contact. Names carry accents and apostrophes ({@code Zoë O'Brien}), as real data does.
     *
     * @param firstName the given name
     * @param lastName  the family name
     * @param email     an address unique per index, in ASCII
     * @param phone     an E.164 number whose area code is the city's ({@code +12125550123})
     * @param city      a US city
     * @param state     its two-letter state code
     */
    public record Person(String firstName, String lastName, String email, String phone, String city, String state) {}

    /**
     * A company.
     *
     * @param name     a name such as {@code Summit Roofing LLC}
     * @param domain   a web domain unique per index, in ASCII
     * @param industry the industry its trade belongs to
     * @param phone    an E.164 number whose area code is the city's
     * @param city     a US city
     * @param state    its two-letter state code
     */
    public record Company(String name, String domain, String industry, String phone, String city, String state) {}

    private static final long PERSON = 1;
    private static final long COMPANY = 2;
    private static final long AMOUNT = 3;
    private static final long LIFECYCLE = 4;
    private static final long DEAL_STAGE = 5;
    private static final long BIRTH_DATE = 6;
    private static final long INSTANT = 7;
    private static final long EMPLOYEES = 8;
    private static final long DEAL_KIND = 9;
    private static final long CHOICE = 10;

    private static final int COMPANY_COMBINATIONS = SampleNames.COMPANY_PREFIXES.length * SampleNames.TRADES.length;
    /** A prime that shares no factor with the number of combinations, so consecutive indexes spread over all of them. */
    private static final long COMBINATION_STRIDE = 7919;

    private static final long OLDEST_BIRTH_DAY = LocalDate.of(1950, 1, 1).toEpochDay();
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2004, 12, 31).toEpochDay() - OLDEST_BIRTH_DAY);

    private final long seedHash;
    private final long combinationOffset;

    /**
     * Values of one generator seed.
     *
     * @param seed any number; the same seed gives the same values
     */
    public SampleValues(long seed) {
        this.seedHash = mix(seed);
        this.combinationOffset = Math.floorMod(seedHash, (long) COMPANY_COMBINATIONS);
    }

    /**
     * The person at an index.
     *
     * @param index any number; each gives its own person, with its own email
     * @return the person
     */
    public Person person(long index) {
        SplittableRandom random = random(PERSON, index);
        Word first = pick(random, SampleNames.FIRST_NAMES);
        Word last = pick(random, SampleNames.LAST_NAMES);
        City city = pick(random, SampleNames.CITIES);
        String domain = pick(random, SampleNames.MAIL_DOMAINS);
        String email = new StringBuilder(first.slug().length() + last.slug().length() + domain.length() + 22)
                .append(first.slug())
                .append('.')
                .append(last.slug())
                .append(index)
                .append('@')
                .append(domain)
                .toString();
        return new Person(first.text(), last.text(), email, phone(random, city), city.name(), city.state());
    }

    /**
     * The company at an index. Consecutive indexes go through every pair of name prefix and trade before a pair comes
     * again, then with a number in its domain.
     *
     * @param index any number, 0 or more; each gives its own company, with its own domain
     * @return the company
     */
    public Company company(long index) {
        SplittableRandom random = random(COMPANY, index);
        int combination =
                (int) ((index % COMPANY_COMBINATIONS * COMBINATION_STRIDE + combinationOffset) % COMPANY_COMBINATIONS);
        long generation = index / COMPANY_COMBINATIONS;
        Word prefix = SampleNames.COMPANY_PREFIXES[combination / SampleNames.TRADES.length];
        Trade trade = SampleNames.TRADES[combination % SampleNames.TRADES.length];
        String name = prefix.text() + ' ' + trade.noun().text() + pick(random, SampleNames.COMPANY_SUFFIXES);
        StringBuilder domain =
                new StringBuilder(40).append(prefix.slug()).append(trade.noun().slug());
        if (generation > 0) {
            domain.append(generation);
        }
        City city = pick(random, SampleNames.CITIES);
        return new Company(
                name,
                domain.append(".com").toString(),
                trade.industry(),
                phone(random, city),
                city.name(),
                city.state());
    }

    /**
     * A deal-sized sum of money, small deals being the most common.
     *
     * @param index any number
     * @return an amount from 500.00 to about 250,000.00, with two decimals
     */
    public BigDecimal amount(long index) {
        SplittableRandom random = random(AMOUNT, index);
        long cents = (long) (50_000 * Math.pow(500, random.nextDouble() * random.nextDouble()));
        return BigDecimal.valueOf(cents, 2);
    }

    /**
     * How many people a company employs, most companies being small.
     *
     * @param index any number
     * @return from 2 to 20,000
     */
    public long employees(long index) {
        SplittableRandom random = random(EMPLOYEES, index);
        return 1 + (long) Math.pow(20_000, random.nextDouble() * random.nextDouble());
    }

    /**
     * A HubSpot lifecycle stage.
     *
     * @param index any number
     * @return a stage's internal name, such as {@code lead} or {@code customer}
     */
    public String lifecycleStage(long index) {
        return pick(random(LIFECYCLE, index), SampleNames.LIFECYCLE_STAGES);
    }

    /**
     * A stage of HubSpot's default deal pipeline.
     *
     * @param index any number
     * @return a stage's internal name, such as {@code qualifiedtobuy} or {@code closedwon}
     */
    public String dealStage(long index) {
        return pick(random(DEAL_STAGE, index), SampleNames.DEAL_STAGES);
    }

    /**
     * What a deal is for.
     *
     * @param index any number
     * @return a kind of deal, such as {@code Renewal}
     */
    public String dealKind(long index) {
        return pick(random(DEAL_KIND, index), SampleNames.DEAL_KINDS);
    }

    /**
     * A birth date of an adult.
     *
     * @param index any number
     * @return a date from 1950-01-01 to 2004-12-30
     */
    public LocalDate birthDate(long index) {
        return LocalDate.ofEpochDay(OLDEST_BIRTH_DAY + random(BIRTH_DATE, index).nextInt(BIRTH_DAYS));
    }

    /**
     * An instant in a period.
     *
     * @param index any number
     * @param from  the period's start
     * @param span  its length; under a millisecond counts as one
     * @return an instant in {@code [from, from + span)}, to the millisecond
     */
    public Instant instant(long index, Instant from, Duration span) {
        return from.plusMillis(random(INSTANT, index).nextLong(Math.max(1, span.toMillis())));
    }

    /**
     * A number for picking what a record refers to (the company of a contact, say).
     *
     * @param purpose what the choice is for: choices of different purposes are independent
     * @param index   any number
     * @param bound   the number of choices, at least 1
     * @return a number in {@code [0, bound)}
     */
    public long choose(long purpose, long index, long bound) {
        return random(CHOICE * 1_000 + purpose, index).nextLong(bound);
    }

    private SplittableRandom random(long kind, long index) {
        return new SplittableRandom(mix(seedHash + kind * 0xD1B54A32D192ED03L + index * 0x9E3779B97F4A7C15L));
    }

    private static String phone(SplittableRandom random, City city) {
        char[] digits = new char[12];
        digits[0] = '+';
        digits[1] = '1';
        city.areaCode().getChars(0, 3, digits, 2);
        int exchange = 200 + random.nextInt(800);
        int line = random.nextInt(10_000);
        digits[5] = (char) ('0' + exchange / 100);
        digits[6] = (char) ('0' + exchange / 10 % 10);
        digits[7] = (char) ('0' + exchange % 10);
        digits[8] = (char) ('0' + line / 1000);
        digits[9] = (char) ('0' + line / 100 % 10);
        digits[10] = (char) ('0' + line / 10 % 10);
        digits[11] = (char) ('0' + line % 10);
        return new String(digits);
    }

    private static <T> T pick(SplittableRandom random, T[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /**
     * The SplitMix64 finalizer: spreads nearby inputs over all 64 bits, so neighbouring indexes give unrelated values.
     *
     * @param z any number
     * @return its mix; the same for the same {@code z}
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
