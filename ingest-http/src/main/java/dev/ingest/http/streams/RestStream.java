package dev.ingest.http.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ingest.core.spi.Batch;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.ForwardingProcessor;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.Processor;
import dev.ingest.core.spi.RawRecord;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import dev.ingest.http.client.Answer;
import dev.ingest.http.paging.Origin;
import dev.ingest.http.paging.PhasedReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A stream of a REST API declared as data: its request (path, query, paging, where the records are), its
 * incremental filter, and its columns mapped from JSON paths by {@link JsonFields}. It is its {@link Stream}'s
 * processor, so a {@link RestClient} handed the stream reads it without looking its name up.
 *
 * <p>An incremental window asks the API for records from the stream's cursor (the filter parameter) and must get
 * them in ascending cursor order, which the declared query asks for ({@code sort=updated_at}); the reader checks it
 * and fails the run, rather than let the cursor pass records not yet read, when the API does not keep it.
 *
 * <p>A stream may be read in {@link Phase phases}: its request once per phase, each with its own path or query
 * values, each phase's records marked as the phase says (live owners, then archived ones; one object type's
 * pipelines, then the next type's). Checkpoints then name the phase, as {@link PhasedReader}'s do.
 */
public final class RestStream implements ForwardingProcessor {

    /**
     * Where an incremental window sends the stream's cursor (a query parameter, or a request header when {@code
     * header}), in what form, and how far before the cursor it starts.
     */
    public record Incremental(
            String cursorColumn, String parameter, CursorFormat format, boolean header, Duration lookback) {

        /** The filter's value for a window from {@code cursor}, a timestamp's ISO-8601 text when there is a lookback. */
        String value(String cursor) {
            return format.format(
                    lookback.isZero()
                            ? cursor
                            : Instant.parse(cursor).minus(lookback).toString());
        }
    }

    /**
     * One reading of a stream's request among several, in order.
     *
     * @param name  the phase in checkpoints ({@code archived:<cursor>}); no colon
     * @param path  the path this phase reads instead of the stream's, or {@code null}
     * @param query parameters this phase sends besides the stream's, or in place of the same ones
     * @param marks fields set on each of the phase's records, so that a row says which phase it came from
     */
    public record Phase(String name, String path, Map<String, String> query, Map<String, JsonNode> marks) {
        public Phase {
            if (name == null || name.isEmpty() || name.contains(":")) {
                throw new IllegalArgumentException("a phase needs a name without a colon, got " + name);
            }
            query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
            marks = Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        }

        public static Phase named(String name) {
            return new Phase(name, null, Map.of(), Map.of());
        }

        /** This phase reads {@code path} rather than the stream's (one object type's list). */
        public Phase get(String path) {
            return new Phase(name, path, query, marks);
        }

        public Phase query(String parameter, String value) {
            Map<String, String> more = new LinkedHashMap<>(query);
            more.put(parameter, value);
            return new Phase(name, path, more, marks);
        }

        /** Each record of this phase gets {@code field} set to {@code value}. */
        public Phase mark(String field, String value) {
            return mark(field, TextNode.valueOf(value));
        }

        public Phase mark(String field, boolean value) {
            return mark(field, BooleanNode.valueOf(value));
        }

        private Phase mark(String field, JsonNode value) {
            Map<String, JsonNode> more = new LinkedHashMap<>(marks);
            more.put(field, value);
            return new Phase(name, path, query, more);
        }
    }

    /** A stream read in one pass: its own path and query, its records unmarked. */
    private static final Phase ONE_PASS = Phase.named("all");

    private final Stream stream;
    private final JsonFields fields;
    private final String path;
    private final Map<String, String> query;
    private final String records;
    private final UnaryOperator<JsonNode> reshape;
    private final Paging paging;
    private final Incremental incremental;
    private final List<Phase> phases;

    private RestStream(Builder parts) {
        this.fields = new JsonFields(parts.fields, parts.key, parts.softDelete);
        this.phases = List.copyOf(parts.phases);
        if (parts.path == null && (phases.isEmpty() || phases.stream().anyMatch(p -> p.path() == null))) {
            throw new IllegalArgumentException("stream " + parts.name + " needs a path");
        }
        if (!phases.isEmpty() && parts.incremental != null) {
            // A later phase starts again below the cursor the earlier ones reached.
            throw new IllegalArgumentException("stream " + parts.name + " is read in phases, so in full only");
        }
        this.path = parts.path;
        this.query = Map.copyOf(parts.query);
        this.records = parts.records;
        this.reshape = parts.reshape;
        this.paging = parts.paging;
        this.incremental = parts.incremental;
        this.stream = new Stream(
                parts.name,
                parts.table,
                parts.key,
                fields.columns(),
                incremental == null ? null : incremental.cursorColumn(),
                this);
    }

    /** The declaration of a stream named {@code name}, landing in a table of the same name. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public Stream stream() {
        return stream;
    }

    @Override
    public Processor target() {
        return fields;
    }

    /** The records of {@code request}'s window, a page per batch, each batch's checkpoint where the next page starts. */
    RecordReader read(RestEndpoint endpoint, Origin origin, ReadRequest request) {
        if (phases.isEmpty()) {
            return read(endpoint, origin, request, ONE_PASS, request.checkpoint());
        }
        Map<String, Function<String, RecordReader>> readers = new LinkedHashMap<>();
        phases.forEach(
                phase -> readers.put(phase.name(), checkpoint -> read(endpoint, origin, request, phase, checkpoint)));
        return new PhasedReader(readers, request.checkpoint());
    }

    private RecordReader read(
            RestEndpoint endpoint, Origin origin, ReadRequest request, Phase phase, String checkpoint) {
        Map<String, String> window = new LinkedHashMap<>(query);
        window.putAll(phase.query());
        Map<String, String> headers = new LinkedHashMap<>();
        if (request.mode() == SyncMode.INCREMENTAL) {
            (incremental.header() ? headers : window).put(incremental.parameter(), incremental.value(request.cursor()));
        }
        RecordReader pages = paging.reader(
                new Paging.PageRequests() {
                    @Override
                    public Answer get(Map<String, String> pagingQuery) {
                        Map<String, String> all = new LinkedHashMap<>(window);
                        all.putAll(pagingQuery);
                        return reshaped(endpoint.answer(phase.path() == null ? path : phase.path(), all, headers));
                    }

                    @Override
                    public Answer at(URI url) {
                        return reshaped(endpoint.at(url, headers));
                    }

                    @Override
                    public Origin origin() {
                        return origin;
                    }
                },
                records,
                checkpoint);
        if (!phase.marks().isEmpty()) {
            pages = new Marked(pages, phase.marks());
        }
        return request.mode() == SyncMode.INCREMENTAL ? new Ascending(pages) : pages;
    }

    private Answer reshaped(Answer answer) {
        return new Answer(reshape.apply(answer.body()), answer.headers());
    }

    /** Passes batches on with a phase's marks set on each record. */
    private static final class Marked implements RecordReader {
        private final RecordReader pages;
        private final Map<String, JsonNode> marks;

        Marked(RecordReader pages, Map<String, JsonNode> marks) {
            this.pages = pages;
            this.marks = marks;
        }

        @Override
        public Batch next() {
            Batch batch = pages.next();
            if (batch != null) {
                for (RawRecord record : batch.records()) {
                    ObjectNode data = record.data();
                    marks.forEach(data::set);
                }
            }
            return batch;
        }

        @Override
        public void close() {
            pages.close();
        }
    }

    /** Passes batches on, failing at the first record whose cursor is below the one before it. */
    private final class Ascending implements RecordReader {
        private final RecordReader pages;
        private Comparable<Object> last;

        Ascending(RecordReader pages) {
            this.pages = pages;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Batch next() {
            Batch batch = pages.next();
            for (RawRecord record : batch == null ? List.<RawRecord>of() : batch.records()) {
                Comparable<Object> cursor;
                try {
                    cursor = (Comparable<Object>) fields.value(record.data(), incremental.cursorColumn());
                } catch (IllegalArgumentException e) {
                    continue; // the processor rejects the record, naming the value
                }
                if (cursor != null && last != null && cursor.compareTo(last) < 0) {
                    throw new SourceException(stream.name() + ": " + path + " answered " + incremental.cursorColumn()
                            + " " + cursor + " after " + last
                            + "; an incremental read needs records in ascending cursor order");
                }
                last = cursor == null ? last : cursor;
            }
            return batch;
        }

        @Override
        public void close() {
            pages.close();
        }
    }

    /** A stream's declaration, one part a line. */
    public static final class Builder {
        private final String name;
        private String table;
        private String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private String records = "";
        private UnaryOperator<JsonNode> reshape = UnaryOperator.identity();
        private Paging paging = Paging.none();
        private List<String> key = List.of();
        private Incremental incremental;
        private JsonFields.SoftDelete softDelete;
        private final List<JsonFields.Field> fields = new ArrayList<>();
        private final List<Phase> phases = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
            this.table = name;
        }

        public Builder table(String table) {
            this.table = table;
            return this;
        }

        /** The path of the list's GET, from the API's base URL ({@code /v1/customers}). */
        public Builder get(String path) {
            this.path = path;
            return this;
        }

        /** A query parameter every request carries, such as the sort an incremental window needs. */
        public Builder query(String parameter, String value) {
            query.put(parameter, value);
            return this;
        }

        /** Where an answer's records are, dot-separated ({@code data}); by default the answer is a bare array. */
        public Builder records(String path) {
            this.records = path;
            return this;
        }

        /**
         * Reshapes each answer before its records and paging are read, for records an API does not give as an array:
         * such as one keyed by a parent's id, flattened to a record an element.
         */
        public Builder reshape(UnaryOperator<JsonNode> reshape) {
            this.reshape = reshape;
            return this;
        }

        /** How the list is paged; by default it comes in one answer. */
        public Builder paging(Paging paging) {
            this.paging = paging;
            return this;
        }

        /** A reading of the request after those declared before it; without any, the request is read once. */
        public Builder phase(Phase phase) {
            phases.add(phase);
            return this;
        }

        public Builder key(String... columns) {
            this.key = List.of(columns);
            return this;
        }

        /** Incremental windows send {@code cursorColumn}'s stored value in {@code parameter}, as {@code format} says. */
        public Builder incremental(String cursorColumn, String parameter, CursorFormat format) {
            this.incremental = new Incremental(cursorColumn, parameter, format, false, Duration.ZERO);
            return this;
        }

        /** Incremental windows send {@code cursorColumn}'s stored value in the request header {@code header}. */
        public Builder incrementalHeader(String cursorColumn, String header, CursorFormat format) {
            this.incremental = new Incremental(cursorColumn, header, format, true, Duration.ZERO);
            return this;
        }

        /**
         * Incremental windows start {@code lookback} before a timestamp cursor: for an API whose filter compares a
         * time other than the cursor's, or whose records become visible a little after their time.
         */
        public Builder lookback(Duration lookback) {
            Objects.requireNonNull(incremental, "declare the incremental filter before its lookback");
            this.incremental = new Incremental(
                    incremental.cursorColumn(),
                    incremental.parameter(),
                    incremental.format(),
                    incremental.header(),
                    lookback);
            return this;
        }

        /** A record is deleted when {@code path} is true (then as of the time at {@code atPath}, may be null) or a timestamp. */
        public Builder softDelete(String path, String atPath) {
            this.softDelete = new JsonFields.SoftDelete(path, atPath);
            return this;
        }

        /** A column read from {@code path} of each record (dot-separated). */
        public Builder column(String column, ColumnType type, String path) {
            fields.add(JsonFields.field(column, type, path));
            return this;
        }

        public RestStream build() {
            return new RestStream(this);
        }
    }
}
