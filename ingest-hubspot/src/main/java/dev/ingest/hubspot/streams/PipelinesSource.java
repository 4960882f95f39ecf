package dev.ingest.hubspot.streams;

import static dev.ingest.core.spi.JsonFields.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.ColumnType;
import dev.ingest.core.spi.JsonFields;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Stream;
import dev.ingest.http.paging.CursorPager;
import dev.ingest.http.paging.PhasedReader;
import dev.ingest.hubspot.api.HubSpotApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Deal and ticket pipelines ({@code pipelines}) or their stages ({@code pipeline_stages}): one call per
 * object type answers both. A full sync marks pipelines and stages the portal no longer has.
 */
public final class PipelinesSource implements StreamSource {

    private static final List<String> TYPES = List.of("deals", "tickets");

    private static final List<String> PIPELINE_KEY = List.of("object_type", "id");
    private static final JsonFields PIPELINE_FIELDS = new JsonFields(
            List.of(
                    field("object_type", ColumnType.TEXT, "objectType"),
                    field("id", ColumnType.TEXT, "id"),
                    field("label", ColumnType.TEXT, "label"),
                    field("display_order", ColumnType.INTEGER, "displayOrder"),
                    field("archived", ColumnType.BOOLEAN, "archived"),
                    field("created_at", ColumnType.TIMESTAMP, "createdAt"),
                    field("updated_at", ColumnType.TIMESTAMP, "updatedAt")),
            PIPELINE_KEY,
            new JsonFields.SoftDelete("archived", "archivedAt"));

    private static final List<String> STAGE_KEY = List.of("object_type", "pipeline_id", "id");
    private static final JsonFields STAGE_FIELDS = new JsonFields(
            List.of(
                    field("object_type", ColumnType.TEXT, "objectType"),
                    field("pipeline_id", ColumnType.TEXT, "pipelineId"),
                    field("id", ColumnType.TEXT, "id"),
                    field("label", ColumnType.TEXT, "label"),
                    field("display_order", ColumnType.INTEGER, "displayOrder"),
                    field("metadata", ColumnType.JSON, "metadata"),
                    field("archived", ColumnType.BOOLEAN, "archived"),
                    field("created_at", ColumnType.TIMESTAMP, "createdAt"),
                    field("updated_at", ColumnType.TIMESTAMP, "updatedAt")),
            STAGE_KEY,
            new JsonFields.SoftDelete("archived", "archivedAt"));

    public static final Stream PIPELINES = new Stream(
                    "pipelines", "pipelines", PIPELINE_KEY, PIPELINE_FIELDS.columns(), null, PIPELINE_FIELDS)
            .withDeletionDetection();

    public static final Stream STAGES = new Stream(
                    "pipeline_stages", "pipeline_stages", STAGE_KEY, STAGE_FIELDS.columns(), null, STAGE_FIELDS)
            .withDeletionDetection();

    private final HubSpotApi api;
    private final boolean stages;

    private PipelinesSource(HubSpotApi api, boolean stages) {
        this.api = api;
        this.stages = stages;
    }

    public static PipelinesSource pipelines(HubSpotApi api) {
        return new PipelinesSource(api, false);
    }

    public static PipelinesSource stages(HubSpotApi api) {
        return new PipelinesSource(api, true);
    }

    @Override
    public Stream stream() {
        return stages ? STAGES : PIPELINES;
    }

    @Override
    public RecordReader read(ReadRequest request) {
        Map<String, Function<String, RecordReader>> phases = new LinkedHashMap<>();
        for (String type : TYPES) {
            phases.put(type, ignored -> CursorPager.onePage(() -> records(type, api.pipelines(type))));
        }
        return new PhasedReader(phases, request.checkpoint());
    }

    private List<ObjectNode> records(String type, JsonNode answer) {
        List<ObjectNode> records = new ArrayList<>();
        for (JsonNode pipeline : answer.path("results")) {
            if (!stages) {
                records.add(((ObjectNode) pipeline.deepCopy()).put("objectType", type));
                continue;
            }
            for (JsonNode stage : pipeline.path("stages")) {
                records.add(((ObjectNode) stage.deepCopy())
                        .put("objectType", type)
                        .put("pipelineId", pipeline.path("id").asText()));
            }
        }
        return records;
    }

    @Override
    public void check() {
        TYPES.forEach(api::pipelines);
    }
}
