package dev.ingest.csv.cleaning;

import dev.ingest.csv.profile.FieldType;
import dev.ingest.csv.profile.Profile;

/** The cleaner for each field type, under a profile's zone and date order and a default phone region. */
public final class Cleaners {

    private final DateTimeCleaner dates;
    private final ValueCleaner phone;

    public Cleaners(Profile profile, String phoneRegion) {
        this.dates = new DateTimeCleaner(profile.zone(), profile.dateOrder());
        this.phone = ContactCleaners.phone(phoneRegion);
    }

    public ValueCleaner forType(FieldType type) {
        return switch (type) {
            case TEXT -> text -> text;
            case INTEGER -> NumberCleaners.INTEGER;
            case DECIMAL -> NumberCleaners::decimal;
            case MONEY -> NumberCleaners::money;
            case BOOLEAN -> NumberCleaners::bool;
            case DATE -> dates::date;
            case TIMESTAMP -> dates::timestamp;
            case EMAIL -> ContactCleaners::email;
            case PHONE -> phone;
            case ZIP -> ContactCleaners::zip;
            case STATE -> ContactCleaners::state;
        };
    }
}
