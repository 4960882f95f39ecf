package dev.ingest.callrail.streams;

import dev.ingest.callrail.client.CallRailApi;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.ForwardingProcessor;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.Processor;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import java.util.ArrayList;
import java.util.List;

/**
 * A CallRail stream: its columns mapped from JSON paths, and how it reads the API. It is its {@link Stream}'s
 * processor, so the client reads the stream it is handed without looking its name up.
 */
public final class CallRailStream implements ForwardingProcessor {

    /** How a stream reads its window from the API. */
    @FunctionalInterface
    public interface Reading {
        RecordReader read(CallRailApi api, ReadRequest request);
    }

    /** The UTM parameters CallRail keeps of a call's or form's visit. */
    static final String[] UTM = {"utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"};

    private final Stream stream;
    private final JsonFields fields;
    private final Reading reading;
    private final String optional;

    private CallRailStream(Builder parts) {
        this.optional = String.join(",", parts.optional);
        this.fields = new JsonFields(parts.fields, parts.key, null);
        this.reading = parts.reading;
        Stream declared = new Stream(parts.name, parts.name, parts.key, fields.columns(), parts.cursor, this);
        this.stream = parts.detectsDeletions ? declared.withDeletionDetection() : declared;
    }

    static Builder named(String name) {
        return new Builder(name);
    }

    public Stream stream() {
        return stream;
    }

    @Override
    public Processor target() {
        return fields;
    }

    /** The fields the API gives only when asked for by name in {@code fields=}, comma-separated. */
    String optionalFields() {
        return optional;
    }

    public RecordReader read(CallRailApi api, ReadRequest request) {
        return reading.read(api, request);
    }

    /** A stream's declaration, one part a line. */
    static final class Builder {
        private final String name;
        private List<String> key = List.of("id");
        private String cursor;
        private boolean detectsDeletions;
        private Reading reading;
        private final List<JsonFields.Field> fields = new ArrayList<>();
        private final List<String> optional = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder key(String... columns) {
            this.key = List.of(columns);
            return this;
        }

        Builder cursor(String column) {
            this.cursor = column;
            return this;
        }

        /** A complete full sync marks rows it did not read {@code _deleted_at}: the API drops what is deleted. */
        Builder detectsDeletions() {
            this.detectsDeletions = true;
            return this;
        }

        Builder reading(Reading reading) {
            this.reading = reading;
            return this;
        }

        Builder column(String column, ColumnType type, String path) {
            fields.add(JsonFields.field(column, type, path));
            return this;
        }

        /** Columns of the same name as their field, all of {@code type}. */
        Builder columns(ColumnType type, String... names) {
            for (String column : names) {
                column(column, type, column);
            }
            return this;
        }

        /** Columns of fields the API gives only when asked for by name, all of {@code type}. */
        Builder optional(ColumnType type, String... names) {
            optional.addAll(List.of(names));
            return columns(type, names);
        }

        CallRailStream build() {
            return new CallRailStream(this);
        }
    }
}
