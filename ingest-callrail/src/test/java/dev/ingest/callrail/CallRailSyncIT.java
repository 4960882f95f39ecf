package dev.ingest.callrail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ingest.callrail.client.Pace;
import dev.ingest.callrail.fake.FakeCallRail;
import dev.ingest.callrail.fake.MovableClock;
import dev.ingest.callrail.fake.Seed;
import dev.ingest.core.RunStatus;
import dev.ingest.core.StreamResult;
import dev.ingest.core.SyncListener;
import dev.ingest.core.SyncReport;
import dev.ingest.core.SyncRequest;
import dev.ingest.core.internal.engine.SyncEngine;
import dev.ingest.core.internal.warehouse.WarehouseConfig;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.WarehouseFixture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The CallRail connector synced end to end from its fake API into each warehouse. */
class CallRailSyncIT {

    private static final Pace FAST = new Pace(Duration.ofHours(1), Duration.ofDays(1), Duration.ofMillis(50));

    private final Clock clock = Clock.systemUTC();
    private final FakeCallRail fake = new FakeCallRail(clock);
    private final CallRailConnector connector = new CallRailConnector(FAST, clock);
    private WarehouseFixture fixture;

    @AfterEach
    void stop() {
        fake.close();
        if (fixture != null) {
            fixture.close();
        }
    }

    private SyncReport sync(SyncRequest request, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("BASE_URL", fake.baseUrl(), "API_KEY", FakeCallRail.KEY));
        values.putAll(extra);
        try (Client client = connector.open(Settings.fromShortNames(connector.name(), connector.settings(), values))) {
            return new SyncEngine(fixture.warehouse()).sync(connector, client, request, SyncListener.NONE);
        }
    }

    private static Map<String, StreamResult> byStream(SyncReport report) {
        Map<String, StreamResult> results = new HashMap<>();
        report.streams().forEach(r -> results.put(r.stream(), r));
        return results;
    }

    private List<Record> rows(String sql) {
        return fixture.warehouse().dsl().fetch(sql);
    }

    private List<String> liveCallIds() {
        return rows("SELECT id FROM callrail.calls WHERE _deleted_at IS NULL ORDER BY id").stream()
                .map(r -> r.get(0, String.class))
                .toList();
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aFullSyncLoadsEveryStreamOfEveryAccountAsTheApiDocumentsIt(WarehouseConfig.Kind kind) throws Exception {
        fixture = WarehouseFixture.create(kind);
        // 600 calls an account over 60 days: pages of 250 within 30-day slices, most calls past the 7-day default.
        Seed.accounts(fake, clock, 600, 60);
        fake.throttle(1);

        Map<String, StreamResult> results = byStream(sync(SyncRequest.all(), Map.of("START_DATE", "2000-01-01")));

        results.values()
                .forEach(r ->
                        assertThat(r.status()).as(r.stream() + ": " + r.error()).isEqualTo(RunStatus.SUCCESS));
        assertThat(results.get("calls").counts().created()).isEqualTo(1_200);
        assertThat(liveCallIds()).isEqualTo(fake.ids("calls"));
        assertThat(results.get("accounts").counts().created()).isEqualTo(2);
        assertThat(results.get("companies").counts().created()).isEqualTo(2);
        assertThat(results.get("users").counts().created()).isEqualTo(4);
        assertThat(results.get("form_submissions").counts().created()).isEqualTo(6);
        assertThat(results.get("text_conversations").counts().created()).isEqualTo(4);
        assertThat(results.get("text_messages").counts().created()).isEqualTo(12);
        // The 429 without headers was waited out and its page asked again.
        assertThat(fake.throttledAnswers()).isEqualTo(1);

        String firstAccount = Seed.ACCOUNTS.get(0);
        String calls = "/v3/a/" + firstAccount + "/calls.json";
        LocalDate oldest = LocalDate.now(ZoneOffset.UTC).minusMonths(25).plusDays(1);
        assertThat(fake.requests(calls, r -> !r.queryParameter("start_date").isPresent()))
                .isZero();
        assertThat(fake.requests(calls, r -> r.queryParameter("start_date").containsValue(oldest.toString())))
                .isEqualTo(1);
        assertThat(fake.requests(
                        calls,
                        r -> r.queryParameter("offset").containsValue("1")
                                && r.queryParameter("time_zone").containsValue("Etc/UTC")))
                .isPositive();
        assertThat(fake.requests(calls, r -> !r.queryParameter("per_page").containsValue("250")))
                .isZero();

        Record call = rows("SELECT * FROM callrail.calls ORDER BY start_time DESC LIMIT 1")
                .get(0);
        assertThat(call.get("account_id", String.class)).isIn(Seed.ACCOUNTS);
        assertThat(call.get("recording_duration", Long.class)).isNotNull();
        assertThat(call.get("lead_status", String.class)).isEqualTo("good_lead");
        assertThat(call.get("tags", String.class)).contains("new");
        assertThat(call.get("milestones", String.class)).contains("Google Organic");
        Record disabled =
                rows("SELECT status, disabled_at, _deleted_at FROM callrail.companies WHERE status = 'disabled'")
                        .get(0);
        assertThat(disabled.get("disabled_at", OffsetDateTime.class).toInstant())
                .isEqualTo(Instant.parse("2025-03-01T16:00:00Z"));
        assertThat(disabled.get("_deleted_at")).isNull();
        assertThat(rows("SELECT id FROM callrail.tags ORDER BY id").stream().map(r -> r.get(0, String.class)))
                .containsExactly("993186", "993187");
        assertThat(rows("SELECT form_data, utm_source, form_name FROM callrail.form_submissions"
                        + " WHERE person_id = 'anonymous'"))
                .hasSize(2)
                .allSatisfy(r -> {
                    assertThat(r.get(0, String.class)).contains("Lead 0");
                    // Optional fields, which the API gives only when asked for by name.
                    assertThat(r.get(1, String.class)).isEqualTo("google");
                    assertThat(r.get(2, String.class)).isEqualTo("Contact us");
                });
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void anIncrementalRunReadsTheLookBackAgainSoLateEditsLandAndOlderDaysAreNotAsked(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        Seed.accounts(fake, clock, 60, 60);
        SyncRequest calls = SyncRequest.all().withStreams(List.of("calls"));
        assertThat(sync(calls, Map.of()).status()).isEqualTo(RunStatus.SUCCESS);

        List<Record> byAge = rows("SELECT id, start_time FROM callrail.calls ORDER BY start_time DESC");
        String recent = byAge.get(5).get("id", String.class); // hours old: inside the 7-day look-back
        String old = byAge.get(byAge.size() - 1).get("id", String.class); // 60 days old
        fake.editCall(recent, "lead_status", "not_a_lead");
        fake.editCall(recent, "value", "250.00");
        fake.editCall(old, "lead_status", "not_a_lead");
        fake.server().resetRequests();

        StreamResult incremental = byStream(sync(calls, Map.of())).get("calls");

        assertThat(incremental.mode()).isEqualTo("incremental");
        assertThat(incremental.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(incremental.counts().updated()).isEqualTo(1);
        assertThat(rows("SELECT lead_status, value FROM callrail.calls WHERE id = '" + recent + "'")
                        .get(0)
                        .intoList())
                .containsExactly("not_a_lead", "250.00");
        assertThat(rows("SELECT lead_status FROM callrail.calls WHERE id = '" + old + "'")
                        .get(0)
                        .get(0, String.class))
                .isEqualTo("good_lead");
        LocalDate lookBackStart = Instant.parse(incremental.cursorBefore())
                .atZone(ZoneOffset.UTC)
                .toLocalDate()
                .minusDays(7);
        for (String account : Seed.ACCOUNTS) {
            assertThat(fake.requests("/v3/a/" + account + "/calls.json", r -> true))
                    .isPositive();
            assertThat(fake.requests(
                            "/v3/a/" + account + "/calls.json",
                            r -> !r.queryParameter("start_date").isPresent()
                                    || LocalDate.parse(r.queryParameter("start_date")
                                                    .firstValue())
                                            .isBefore(lookBackStart)))
                    .isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aFullSyncMarksCallsMarkedSpamSinceDeletedAndKeepsTheRest(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        Seed.accounts(fake, clock, 30, 90);
        SyncRequest calls = SyncRequest.all().withStreams(List.of("calls"));
        sync(calls, Map.of());
        String spam = fake.ids("calls").get(7);
        fake.markSpam(spam);

        StreamResult full = byStream(sync(calls.withFull(true), Map.of())).get("calls");

        assertThat(full.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(full.counts().deleted()).isEqualTo(1);
        assertThat(rows("SELECT _deleted_at FROM callrail.calls WHERE id = '" + spam + "'")
                        .get(0)
                        .get(0))
                .isNotNull();
        assertThat(liveCallIds()).isEqualTo(fake.ids("calls"));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aRunCutByTheDailyBudgetEndsPartialAndTheNextRunResumesToExactlyTheApisRows(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        Seed.accounts(fake, clock, 700, 30);
        SyncRequest calls = SyncRequest.all().withStreams(List.of("calls")).withBatchSize(250);
        String start = LocalDate.now(ZoneOffset.UTC).minusDays(40).toString();
        Map<String, String> oneAccount =
                Map.of("ACCOUNT_ID", Seed.ACCOUNTS.get(0), "REQUESTS_PER_DAY", "2", "START_DATE", start);

        SyncReport cut = sync(calls, oneAccount);

        StreamResult partial = cut.streams().get(0);
        assertThat(cut.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(partial.error()).contains("daily budget of 2 requests is spent");
        int loaded = rows("SELECT id FROM callrail.calls").size();
        // The first page of 250, and the second when the engine took it before the refused third request ended the
        // read.
        assertThat(loaded).isBetween(250, 500);
        assertThat(fake.requests()).hasSize(2);

        fake.server().resetRequests();
        SyncReport resumed = sync(calls, Map.of("ACCOUNT_ID", Seed.ACCOUNTS.get(0), "START_DATE", start));

        assertThat(resumed.status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(resumed.streams().get(0).counts().created()).isEqualTo(700 - loaded);
        assertThat(liveCallIds()).isEqualTo(fake.ids("calls", Seed.ACCOUNTS.get(0)));
        assertThat(rows("SELECT id FROM callrail.calls")).hasSize(700);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aRunResumedPastAnAccountLeavesTheCursorWhereThatAccountsNewCallsAreStillRead(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        String first = Seed.ACCOUNTS.get(0);
        String second = Seed.ACCOUNTS.get(1);
        fake.addAccount(first, "First");
        fake.addAccount(second, "Second");
        Instant now = clock.instant();
        for (int day = 10; day >= 5; day--) {
            fake.addCall(first, now.minus(Duration.ofDays(day)));
        }
        for (int day = 10; day >= 1; day--) {
            fake.addCall(second, now.minus(Duration.ofDays(day)));
        }
        // One slice an account; batches of one, so the first account's calls are committed before the budget ends.
        SyncRequest calls = SyncRequest.all().withStreams(List.of("calls")).withBatchSize(1);
        String start = LocalDate.now(ZoneOffset.UTC).minusDays(12).toString();
        // The accounts, then the first account's slice: the second's is refused.
        assertThat(sync(calls, Map.of("START_DATE", start, "REQUESTS_PER_DAY", "2"))
                        .status())
                .isEqualTo(RunStatus.PARTIAL);
        String late =
                fake.addCall(first, now.minus(Duration.ofDays(3))).get("id").asText();

        assertThat(sync(calls, Map.of("START_DATE", start)).status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(rows("SELECT id FROM callrail.calls WHERE id = '" + late + "'"))
                .isEmpty();
        SyncReport next = sync(calls, Map.of("START_DATE", start, "LOOKBACK_DAYS", "0"));

        assertThat(next.streams().get(0).mode()).isEqualTo("incremental");
        assertThat(rows("SELECT id FROM callrail.calls WHERE id = '" + late + "'"))
                .hasSize(1);
        assertThat(liveCallIds()).isEqualTo(fake.ids("calls"));
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aListGivenNewestFirstStillLeavesItsNewestAsTheCursorSoTheNextRunIsIncremental(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        String account = Seed.ACCOUNTS.get(0);
        fake.addAccount(account, "Only");
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (int day = 5; day >= 1; day--) {
            fake.add(
                    account,
                    "form_submissions",
                    new com.fasterxml.jackson.databind.ObjectMapper()
                            .createObjectNode()
                            .put("id", "FOR" + day)
                            .put("submitted_at", now.minus(Duration.ofDays(day)).toString()));
        }
        SyncRequest forms = SyncRequest.all().withStreams(List.of("form_submissions"));
        Map<String, String> recent =
                Map.of("START_DATE", LocalDate.now(ZoneOffset.UTC).minusDays(10).toString());

        assertThat(sync(forms, recent).status()).isEqualTo(RunStatus.SUCCESS);

        assertThat(fixture.warehouse()
                        .states()
                        .load("callrail", "form_submissions")
                        .cursor())
                .isEqualTo(now.minus(Duration.ofDays(1)).toString());
        StreamResult next = sync(forms, recent).streams().get(0);
        assertThat(next.mode()).isEqualTo("incremental");
        assertThat(next.counts().unchanged()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aRunResumedAfterItsSliceLeftTheApisRetentionReadsTheAccountAgainInsteadOfFailing(WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        MovableClock days = new MovableClock();
        try (FakeCallRail api = new FakeCallRail(days)) {
            String account = Seed.ACCOUNTS.get(0);
            api.addAccount(account, "Only");
            // 300 calls on the oldest day the API keeps, then more since: the first slice takes two pages.
            Instant oldest = LocalDate.now(days.withZone(ZoneOffset.UTC))
                    .minusMonths(25)
                    .plusDays(1)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            for (int i = 0; i < 300; i++) {
                api.addCall(account, oldest.plusSeconds(60L * i));
            }
            for (int day = 1; day <= 20; day++) {
                api.addCall(account, oldest.plus(Duration.ofDays(day)));
            }
            CallRailConnector later = new CallRailConnector(FAST, days);
            SyncRequest calls = SyncRequest.all().withStreams(List.of("calls")).withBatchSize(250);
            Map<String, String> values = new HashMap<>(
                    Map.of("BASE_URL", api.baseUrl(), "API_KEY", FakeCallRail.KEY, "ACCOUNT_ID", account));
            values.put("REQUESTS_PER_DAY", "1");
            try (Client client = later.open(Settings.fromShortNames(later.name(), later.settings(), values))) {
                assertThat(new SyncEngine(fixture.warehouse())
                                .sync(later, client, calls, SyncListener.NONE)
                                .status())
                        .isEqualTo(RunStatus.PARTIAL);
            }
            days.moveOn(Duration.ofDays(2));
            values.remove("REQUESTS_PER_DAY");

            SyncReport resumed;
            try (Client client = later.open(Settings.fromShortNames(later.name(), later.settings(), values))) {
                resumed = new SyncEngine(fixture.warehouse()).sync(later, client, calls, SyncListener.NONE);
            }

            assertThat(resumed.status())
                    .as(String.valueOf(resumed.streams().get(0).error()))
                    .isEqualTo(RunStatus.SUCCESS);
            // The calls of the days the API still keeps, all of them.
            LocalDate nowOldest =
                    LocalDate.now(days.withZone(ZoneOffset.UTC)).minusMonths(25).plusDays(1);
            assertThat(rows("SELECT id FROM callrail.calls WHERE start_time >= TIMESTAMP '" + nowOldest + " 00:00:00'"
                            + " AT TIME ZONE 'UTC'"))
                    .hasSize(19);
        }
    }

    @ParameterizedTest
    @EnumSource(WarehouseConfig.Kind.class)
    void aListingResumedInAnAccountTheKeyNoLongerSeesIsReadAgainAndThatAccountsRowsMarkedDeleted(
            WarehouseConfig.Kind kind) {
        fixture = WarehouseFixture.create(kind);
        Seed.accounts(fake, clock, 1, 1);
        SyncRequest companies =
                SyncRequest.all().withStreams(List.of("companies")).withBatchSize(1);
        // The accounts, then the first account's companies: the second's are refused.
        assertThat(sync(companies, Map.of("REQUESTS_PER_DAY", "2")).status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(rows("SELECT id FROM callrail.companies")).hasSize(1);
        fake.removeAccount(Seed.ACCOUNTS.get(1));

        SyncReport resumed = sync(companies, Map.of());

        assertThat(resumed.status())
                .as(String.valueOf(resumed.streams().get(0).error()))
                .isEqualTo(RunStatus.SUCCESS);
        assertThat(rows("SELECT account_id FROM callrail.companies WHERE _deleted_at IS NULL").stream()
                        .map(r -> r.get(0, String.class)))
                .containsExactly(Seed.ACCOUNTS.get(0));
    }
}
