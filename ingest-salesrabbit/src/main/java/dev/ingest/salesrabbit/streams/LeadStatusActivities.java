package dev.ingest.salesrabbit.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.DECIMAL;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import dev.ingest.core.spi.Stream;
import dev.ingest.salesrabbit.api.InferredApi;
import java.time.Duration;

/**
 * {@code lead_status_activities}: dispositions, each a rep setting a lead's status at the door: who, when, how far
 * from the house, and the lead as it is now. Incremental by {@code dispositionTimestamp} through {@code
 * If-Status-Modified-Since}. The device's own timestamps carry no offset and are read as UTC.
 */
final class LeadStatusActivities {

    private LeadStatusActivities() {}

    static Stream stream(int pageSize, Duration lookback) {
        return Listing.of("lead_status_activities", InferredApi.LEAD_STATUS_ACTIVITIES, pageSize)
                .key("disposition_id")
                .incrementalHeader("disposition_timestamp", InferredApi.STATUS_MODIFIED_SINCE, InferredApi.SINCE_FORMAT)
                .lookback(lookback)
                .column("disposition_id", INTEGER, "dispositionID")
                .column("lead_id", INTEGER, "dispositionLeadID")
                .column("lead_status_id", INTEGER, "dispositionLeadStatusID")
                .column("lead_status_name", TEXT, "dispositionLeadStatusName")
                .column("lead_status_abbreviation", TEXT, "dispositionLeadStatusAbbreviation")
                // Strings of digits here, numbers elsewhere: read as numbers so that joins work.
                .column("lead_stage_id", INTEGER, "dispositionLeadStageID")
                .column("disposition_timestamp", TIMESTAMP, "dispositionTimestamp")
                .column("disposition_type", TEXT, "dispositionType")
                .column("dispositioner_id", INTEGER, "dispositionerID")
                .column("proximity_in_feet", DECIMAL, "dispositionerProximityInFeet")
                .column("proximity_latitude", DECIMAL, "dispositionerProximityLatitude")
                .column("proximity_longitude", DECIMAL, "dispositionerProximityLongitude")
                .column("proximity_status", TEXT, "dispositionerProximityStatus")
                .column("current_lead_created", TIMESTAMP, "currentLeadCreated")
                .column("current_lead_modified", TIMESTAMP, "currentLeadModified")
                .column("current_lead_first_name", TEXT, "currentLeadFirstName")
                .column("current_lead_last_name", TEXT, "currentLeadLastName")
                .column("current_lead_is_active", BOOLEAN, "currentLeadIsActive")
                .column("current_lead_latitude", DECIMAL, "currentLeadLatitude")
                .column("current_lead_longitude", DECIMAL, "currentLeadLongitude")
                .column("current_lead_owner_email", TEXT, "currentLeadOwnerEmail")
                .column("current_lead_owner_id", INTEGER, "currentLeadOwnerID")
                .column("current_lead_custom_fields", JSON, "currentLeadCustomFields")
                .column("on_device_status_created", TIMESTAMP, "currentOnDeviceStatusCreated")
                .column("on_device_status_modified", TIMESTAMP, "currentOnDeviceStatusModified")
                .build()
                .stream();
    }
}
