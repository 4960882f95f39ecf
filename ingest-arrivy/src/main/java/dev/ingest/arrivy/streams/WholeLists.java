package dev.ingest.arrivy.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.JsonFields.field;

import dev.ingest.core.spi.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Arrivy's small lists, read whole each run (Arrivy has no filter to read only their changes): crews, customers,
 * groups and resources. A record gone from the list is marked {@code _deleted_at} by the engine, Arrivy's deletes
 * being hard ones.
 */
public final class WholeLists {

    /** Arrivy documents 100 as the default of {@code /groups}; it documents no maximum. */
    static final int PAGE_SIZE = 100;

    private static final List<JsonFields.Field> ADDRESS = List.of(
            field("address_line_1", TEXT, "address_line_1"),
            field("address_line_2", TEXT, "address_line_2"),
            field("city", TEXT, "city"),
            field("state", TEXT, "state"),
            field("country", TEXT, "country"),
            field("zipcode", TEXT, "zipcode"));

    private WholeLists() {}

    public static final ArrivyStream ENTITIES = list(
            "entities",
            "/entities",
            List.of(
                    field("id", INTEGER, "id"),
                    field("name", TEXT, "name"),
                    field("type", TEXT, "type"),
                    field("email", TEXT, "email"),
                    field("phone", TEXT, "phone"),
                    field("details", TEXT, "details"),
                    field("permission", TEXT, "permission"),
                    field("group_id", INTEGER, "group_id"),
                    field("external_id", TEXT, "external_id"),
                    field("is_disabled", BOOLEAN, "is_disabled"),
                    field("color", TEXT, "color"),
                    field("can_turnoff_location", BOOLEAN, "can_turnoff_location"),
                    field("image_path", TEXT, "image_path"),
                    field("owner", TEXT, "owner"),
                    field("extra_fields", JSON, "extra_fields"),
                    field("lastreading", JSON, "lastreading")));

    public static final ArrivyStream CUSTOMERS = list(
            "customers",
            "/customers",
            concat(
                    List.of(
                            field("id", INTEGER, "id"),
                            field("first_name", TEXT, "first_name"),
                            field("last_name", TEXT, "last_name"),
                            field("company_name", TEXT, "company_name"),
                            field("email", TEXT, "email"),
                            field("mobile_number", TEXT, "mobile_number"),
                            field("phone", TEXT, "phone")),
                    ADDRESS,
                    List.of(
                            field("exact_location", JSON, "exact_location"),
                            field("notes", TEXT, "notes"),
                            field("external_id", TEXT, "external_id"),
                            field("owner", TEXT, "owner"),
                            field("notifications", JSON, "notifications"),
                            field("extra_fields", JSON, "extra_fields"))));

    public static final ArrivyStream GROUPS = list(
            "groups",
            "/groups",
            concat(
                    List.of(
                            field("id", INTEGER, "id"),
                            field("name", TEXT, "name"),
                            field("description", TEXT, "description"),
                            field("email", TEXT, "email"),
                            field("phone", TEXT, "phone"),
                            field("mobile_number", TEXT, "mobile_number"),
                            field("emergency", TEXT, "emergency")),
                    ADDRESS,
                    List.of(
                            field("owner", TEXT, "owner"),
                            field("image_path", TEXT, "image_path"),
                            field("extra_fields", JSON, "extra_fields"))));

    public static final ArrivyStream RESOURCES = list(
            "resources",
            "/resources",
            List.of(
                    field("id", INTEGER, "id"),
                    field("name", TEXT, "name"),
                    field("type", TEXT, "type"),
                    field("details", TEXT, "details"),
                    field("group_id", INTEGER, "group_id"),
                    field("external_id", TEXT, "external_id"),
                    field("extra_fields", JSON, "extra_fields")));

    private static ArrivyStream list(String name, String path, List<JsonFields.Field> fields) {
        JsonFields mapping = new JsonFields(fields, List.of("id"), null);
        return new ArrivyStream(
                name,
                mapping.columns(),
                null,
                true,
                mapping,
                (source, request, stored) -> source.api().pages(path, Map.of(), PAGE_SIZE, request.checkpoint()));
    }

    @SafeVarargs
    private static List<JsonFields.Field> concat(List<JsonFields.Field>... parts) {
        List<JsonFields.Field> all = new ArrayList<>();
        for (List<JsonFields.Field> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
