package dev.ingest.hubspot.schema;

import java.util.List;

/**
 * A CRM object type as a stream.
 *
 * @param stream           the stream and table name ({@code contacts}, {@code divisions})
 * @param apiName          the type in API paths ({@code contacts}, or a custom object's {@code 2-12345})
 * @param modifiedProperty the property that changes on every edit, searched on by incremental syncs
 * @param custom           whether the portal defined it (found through the schemas API)
 */
public record ObjectType(String stream, String apiName, String modifiedProperty, boolean custom) {

    /** The standard objects every portal has, in the order they sync. */
    public static final List<ObjectType> STANDARD = List.of(
            new ObjectType("contacts", "contacts", "lastmodifieddate", false),
            standard("companies"),
            standard("deals"),
            standard("tickets"),
            standard("line_items"),
            standard("products"),
            standard("calls"),
            standard("emails"),
            standard("meetings"),
            standard("notes"),
            standard("tasks"),
            standard("appointments"));

    private static ObjectType standard(String name) {
        return new ObjectType(name, name, "hs_lastmodifieddate", false);
    }

    public static ObjectType custom(String stream, String objectTypeId) {
        return new ObjectType(stream, objectTypeId, "hs_lastmodifieddate", true);
    }
}
