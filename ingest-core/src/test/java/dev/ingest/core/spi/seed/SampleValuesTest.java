package dev.ingest.core.spi.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleValuesTest {

    private static final Pattern EMAIL =
            Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+)*@[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    private static final Pattern E164_US = Pattern.compile("\\+1[2-9]\\d{2}[2-9]\\d{6}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]+\\.com");

    private final SampleValues values = new SampleValues(42);

    @Test
    void theSameSeedGivesTheSameValues() {
        SampleValues again = new SampleValues(42);
        for (long i = 0; i < 1_000; i++) {
            assertThat(again.person(i)).isEqualTo(values.person(i));
            assertThat(again.company(i)).isEqualTo(values.company(i));
            assertThat(again.amount(i)).isEqualTo(values.amount(i));
            assertThat(again.birthDate(i)).isEqualTo(values.birthDate(i));
        }
    }

    @Test
    void aDifferentSeedGivesDifferentValues() {
        SampleValues other = new SampleValues(43);
        List<SampleValues.Person> ours =
                LongStream.range(0, 100).mapToObj(values::person).toList();
        List<SampleValues.Person> theirs =
                LongStream.range(0, 100).mapToObj(other::person).toList();
        assertThat(theirs).isNotEqualTo(ours);
        assertThat(LongStream.range(0, 100).filter(i -> ours.get((int) i).equals(theirs.get((int) i))))
                .isEmpty();
    }

    @Test
    void emailsAreValidLowerCaseAsciiAndUniqueByIndex() {
        Set<String> emails = new HashSet<>();
        for (long i = 0; i < 100_000; i++) {
            String email = values.person(i).email();
            assertThat(email).matches(EMAIL);
            assertThat(emails.add(email))
                    .as("email %s of index %d is unique", email, i)
                    .isTrue();
        }
    }

    @Test
    void emailsAreMadeFromTheNames() {
        SampleValues.Person person = values.person(7);
        String folded = java.text.Normalizer.normalize(person.lastName(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}|[^A-Za-z]", "")
                .toLowerCase(java.util.Locale.ROOT);
        assertThat(person.email()).contains(folded + "7@");
    }

    @Test
    void phonesAreUsNumbersInE164() {
        for (long i = 0; i < 10_000; i++) {
            assertThat(values.person(i).phone()).matches(E164_US);
            assertThat(values.company(i).phone()).matches(E164_US);
        }
    }

    @Test
    void namesIncludeAccentsAndApostrophes() {
        Set<String> names = new HashSet<>();
        for (long i = 0; i < 5_000; i++) {
            names.add(values.person(i).firstName());
            names.add(values.person(i).lastName());
        }
        assertThat(names).contains("José", "Zoë", "O'Brien", "Nuñez", "Lefèvre");
        assertThat(names).anyMatch(name -> name.chars().anyMatch(c -> c > 127));
    }

    @ParameterizedTest
    @ValueSource(longs = {42, -1, Long.MIN_VALUE, Long.MAX_VALUE})
    void companyDomainsAreUniqueAndNamesReadLikeCompanies(long seed) {
        SampleValues values = new SampleValues(seed);
        Set<String> domains = new HashSet<>();
        for (long i = 0; i < 20_000; i++) {
            SampleValues.Company company = values.company(i);
            assertThat(company.domain()).matches(DOMAIN);
            assertThat(domains.add(company.domain()))
                    .as("domain %s of index %d is unique", company.domain(), i)
                    .isTrue();
            assertThat(company.name()).isNotBlank();
            assertThat(company.state()).hasSize(2);
        }
    }

    @Test
    void amountsAreMoneyWithTwoDecimals() {
        for (long i = 0; i < 10_000; i++) {
            BigDecimal amount = values.amount(i);
            assertThat(amount.scale()).isEqualTo(2);
            assertThat(amount).isBetween(new BigDecimal("500.00"), new BigDecimal("250000.00"));
        }
    }

    @Test
    void instantsFallInTheirSpan() {
        Instant from = Instant.parse("2024-01-01T00:00:00Z");
        for (long i = 0; i < 1_000; i++) {
            assertThat(values.instant(i, from, Duration.ofDays(30))).isBetween(from, from.plus(Duration.ofDays(30)));
        }
    }

    @Test
    void stagesAreHubSpotStages() {
        assertThat(LongStream.range(0, 1_000).mapToObj(values::lifecycleStage)).contains("lead", "customer");
        assertThat(LongStream.range(0, 1_000).mapToObj(values::dealStage)).contains("qualifiedtobuy", "closedwon");
    }
}
