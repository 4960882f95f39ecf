package dev.ingest.callrail.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.callrail.client.CallRailApi;
import dev.ingest.callrail.windows.DateWindows;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.http.paging.PhasedReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a list of every account in turn, and a list filtered by date one date slice at a time: a phase per account,
 * or per account and slice, checkpoints {@code account@first-day:inner}, so that a run resumes in the account and
 * slice it stopped in. Every record gets the {@code account_id} it came from.
 */
final class AccountWalk {

    /** Days in one date slice: a request's range stays well inside what the API answers at once. */
    static final DateWindows SLICES = new DateWindows(30);

    /** Opens the reader of one account's slice from an inner checkpoint ({@code null} to start it). */
    @FunctionalInterface
    interface SliceReader {
        RecordReader open(String account, DateWindows.Window days, String checkpoint);
    }

    private AccountWalk() {}

    /**
     * The whole of {@code resource} of every account, paged by number; from the start again when the account a run
     * stopped in is no longer one the key sees.
     */
    static RecordReader listing(
            CallRailApi api, String resource, String key, Map<String, String> query, String checkpoint) {
        Map<String, Function<String, RecordReader>> phases = new LinkedHashMap<>();
        for (String account : api.accounts()) {
            phases.put(
                    account,
                    inner -> tagged(api.listing(CallRailApi.path(account, resource), key, query, inner), account));
        }
        boolean resumable = checkpoint != null && phases.containsKey(checkpoint.split(":", 2)[0]);
        return new PhasedReader(phases, resumable ? checkpoint : null);
    }

    /**
     * The records of {@code request}'s window, account by account and slice by slice: a full sync from the first day
     * it may read, an incremental run from its cursor's day less the look-back; both to today. Batches out of
     * cursor order (the next account's, or a list the API gives newest first) are marked so, and leave the cursor.
     *
     * @param cursorField the field of the stream's cursor in each record
     */
    static RecordReader dated(CallRailApi api, ReadRequest request, String cursorField, SliceReader slices) {
        LocalDate first = request.mode() == SyncMode.FULL
                ? api.fullSyncStart()
                : api.incrementalStart(Instant.parse(request.cursor()));
        LocalDate today = api.today();
        List<String> accounts = api.accounts();
        String resumeAccount = null;
        LocalDate resumeDay = null;
        boolean resumable = true;
        if (request.checkpoint() != null) {
            String phase = request.checkpoint().split(":", 2)[0];
            int at = phase.indexOf('@');
            resumeAccount = phase.substring(0, at);
            resumeDay = LocalDate.parse(phase.substring(at + 1));
            if (resumeDay.isBefore(api.oldestDay())) {
                // The API no longer keeps the day the run stopped in, and refuses a page that asks for it: the account
                // is read again from the window's first day.
                resumeDay = first;
                resumable = false;
            }
        }
        Map<String, Function<String, RecordReader>> phases = new LinkedHashMap<>();
        for (String account : accounts) {
            if (resumeAccount != null && account.compareTo(resumeAccount) < 0) {
                continue; // read before the run was cut short
            }
            // The slice a run stopped in starts the resumed one: the days before it were read.
            LocalDate from = account.equals(resumeAccount) ? resumeDay : first;
            for (DateWindows.Window days : SLICES.between(from, today)) {
                phases.put(account + "@" + days.start(), inner -> tagged(slices.open(account, days, inner), account));
            }
        }
        // A resumed run that skips accounts read before it stopped does not read what those accounts got since: its
        // records must not move the cursor past those.
        boolean skipsAccounts =
                resumeAccount != null && !accounts.isEmpty() && resumeAccount.compareTo(accounts.get(0)) > 0;
        // Not resumable also when the account is gone since: the accounts after it start afresh.
        resumable = resumable
                && (resumeAccount == null
                        || phases.containsKey(request.checkpoint().split(":", 2)[0]));
        return new CursorOrder(
                new PhasedReader(phases, resumable ? request.checkpoint() : null), cursorField, !skipsAccounts);
    }

    /** The date filter of a slice, in the time zone the API is told. */
    static Map<String, String> dateFilter(DateWindows.Window days) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("start_date", days.start().toString());
        query.put("end_date", days.end().toString());
        query.put("time_zone", CallRailApi.TIME_ZONE);
        return query;
    }

    private static RecordReader tagged(RecordReader reader, String account) {
        return new RecordReader() {
            @Override
            public Batch next() {
                Batch batch = reader.next();
                return batch == null ? null : CallRailApi.withAccount(batch, account);
            }

            @Override
            public void close() {
                reader.close();
            }
        };
    }

    /**
     * Puts each batch's records in cursor order (a list the API gives newest first comes a page at a time), and marks
     * the batch out of cursor order unless it starts at or above the highest cursor of the batches in order before
     * it; every batch, when the read may not move the cursor.
     */
    private static final class CursorOrder implements RecordReader {
        private final RecordReader reader;
        private final String cursorField;
        private final boolean mayMoveCursor;
        private Instant highest;

        CursorOrder(RecordReader reader, String cursorField, boolean mayMoveCursor) {
            this.reader = reader;
            this.cursorField = cursorField;
            this.mayMoveCursor = mayMoveCursor;
        }

        @Override
        public Batch next() {
            Batch batch = reader.next();
            if (batch == null) {
                return null;
            }
            if (!mayMoveCursor) {
                return batch.outOfCursorOrder();
            }
            List<Map.Entry<Instant, RawRecord>> byCursor =
                    new ArrayList<>(batch.records().size());
            for (RawRecord record : batch.records()) {
                byCursor.add(new AbstractMap.SimpleEntry<>(instant(record.data().path(cursorField)), record));
            }
            // Records without a cursor go last: the processor rejects them.
            byCursor.sort(Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.naturalOrder())));
            List<RawRecord> records = byCursor.stream().map(Map.Entry::getValue).toList();
            Batch sorted = new Batch(records, batch.checkpoint(), batch.inCursorOrder());
            Instant lowest = byCursor.isEmpty() ? null : byCursor.get(0).getKey();
            if (lowest == null) {
                return sorted;
            }
            if (highest != null && lowest.isBefore(highest)) {
                return sorted.outOfCursorOrder();
            }
            highest = byCursor.stream()
                    .map(Map.Entry::getKey)
                    .filter(cursor -> cursor != null)
                    .reduce((a, b) -> b)
                    .orElseThrow();
            return sorted;
        }

        @Override
        public void close() {
            reader.close();
        }

        /** The instant of an ISO-8601 timestamp with an offset, or null when it is none: the processor rejects it. */
        private static Instant instant(JsonNode value) {
            if (!value.isTextual()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value.asText()).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
