package dev.ingest.arrivy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Records of Arrivy's small lists, shaped as its docs show them. */
final class FakeArrivyRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeArrivyRecords() {}

    static ObjectNode entity(String name, boolean disabled) {
        ObjectNode entity = JSON.createObjectNode()
                .put("name", name)
                .put("type", "Technician")
                .put("email", name.replace(' ', '.').toLowerCase(java.util.Locale.ROOT) + "@example.com")
                .put("permission", "FIELDCREW")
                .put("group_id", 2098744557459603L)
                .put("is_disabled", disabled);
        entity.putObject("lastreading").put("lat", 30.27).put("lng", -97.74);
        return entity;
    }

    static ObjectNode customer(String firstName) {
        ObjectNode customer = JSON.createObjectNode()
                .put("first_name", firstName)
                .put("last_name", "Doe")
                .put("city", "Austin")
                .put("mobile_number", "+15125550100");
        customer.putObject("extra_fields").put("tier", "gold");
        return customer;
    }

    static ObjectNode named(String name) {
        return JSON.createObjectNode().put("name", name).put("details", "about " + name);
    }
}
