package dev.ingest.core.internal.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.seed.SampleValues;
import java.util.EnumMap;
import java.util.Map;

/** The whole sample data set of one seed as of one round: every record is computed from its index on demand. */
public final class SampleData {

    private static final long CONTACT_COMPANY = 1;

    private final SampleSettings settings;
    private final SampleValues values;
    /** The values of round {@code k}, for the fields a change in round {@code k} gives new values. */
    private final SampleValues[] rounds;

    private final Map<SampleTable, Timeline> timelines = new EnumMap<>(SampleTable.class);

    public SampleData(SampleSettings settings) {
        this.settings = settings;
        this.values = new SampleValues(settings.seed());
        this.rounds = new SampleValues[settings.round() + 1];
        rounds[0] = values;
        for (int k = 1; k < rounds.length; k++) {
            rounds[k] = new SampleValues(SampleValues.mix(settings.seed()) + k);
        }
        for (SampleTable table : SampleTable.values()) {
            timelines.put(
                    table,
                    new Timeline(
                            table.initialCount(settings.count()),
                            settings.round(),
                            settings.seed(),
                            table.ordinal() + 1));
        }
    }

    public SampleSettings settings() {
        return settings;
    }

    /** How many records {@code table} has as of this round. */
    public long size(SampleTable table) {
        return timeline(table).size();
    }

    /** The record of {@code table} at {@code index} (its id is {@code index + 1}) as the source would return it. */
    public ObjectNode record(SampleTable table, long index) {
        return table.record(this, index);
    }

    SampleValues values() {
        return values;
    }

    SampleValues valuesOfRound(int round) {
        return rounds[round];
    }

    Timeline timeline(SampleTable table) {
        return timelines.get(table);
    }

    /** The index of the company a contact works for, among the companies of round 0. */
    long companyOfContact(long contactIndex) {
        return values.choose(CONTACT_COMPANY, contactIndex, SampleTable.COMPANIES.initialCount(settings.count()));
    }
}
