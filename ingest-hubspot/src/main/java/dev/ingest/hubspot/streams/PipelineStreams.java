package dev.ingest.hubspot.streams;

import static dev.ingest.core.spi.ColumnType.BOOLEAN;
import static dev.ingest.core.spi.ColumnType.INTEGER;
import static dev.ingest.core.spi.ColumnType.JSON;
import static dev.ingest.core.spi.ColumnType.TEXT;
import static dev.ingest.core.spi.ColumnType.TIMESTAMP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ingest.core.spi.Stream;
import dev.ingest.http.streams.RestStream;
import dev.ingest.http.streams.RestStream.Phase;
import java.util.List;

/**
 * Deal and ticket pipelines ({@code pipelines}) and their stages ({@code pipeline_stages}): one call per object
 * type answers both. A full sync marks pipelines and stages the portal no longer has.
 */
public final class PipelineStreams {

    private static final List<String> TYPES = List.of("deals", "tickets");

    public static final Stream PIPELINES = perType("pipelines")
            .key("object_type", "id")
            .softDelete("archived", "archivedAt")
            .column("object_type", TEXT, "objectType")
            .column("id", TEXT, "id")
            .column("label", TEXT, "label")
            .column("display_order", INTEGER, "displayOrder")
            .column("archived", BOOLEAN, "archived")
            .column("created_at", TIMESTAMP, "createdAt")
            .column("updated_at", TIMESTAMP, "updatedAt")
            .build()
            .stream()
            .withDeletionDetection();

    public static final Stream STAGES = perType("pipeline_stages")
            .reshape(PipelineStreams::stages)
            .key("object_type", "pipeline_id", "id")
            .softDelete("archived", "archivedAt")
            .column("object_type", TEXT, "objectType")
            .column("pipeline_id", TEXT, "pipelineId")
            .column("id", TEXT, "id")
            .column("label", TEXT, "label")
            .column("display_order", INTEGER, "displayOrder")
            .column("metadata", JSON, "metadata")
            .column("archived", BOOLEAN, "archived")
            .column("created_at", TIMESTAMP, "createdAt")
            .column("updated_at", TIMESTAMP, "updatedAt")
            .build()
            .stream()
            .withDeletionDetection();

    private PipelineStreams() {}

    /** An answer whose records are its pipelines' stages, each with its pipeline's id. */
    private static JsonNode stages(JsonNode answer) {
        ObjectNode stages = JsonNodeFactory.instance.objectNode();
        ArrayNode results = stages.putArray("results");
        for (JsonNode pipeline : answer.path("results")) {
            for (JsonNode stage : pipeline.path("stages")) {
                results.add(
                        stage instanceof ObjectNode object
                                ? object.put("pipelineId", pipeline.path("id").asText())
                                : stage);
            }
        }
        return stages;
    }

    /** Each type's pipelines in a phase of its own, its records marked with the type. */
    private static RestStream.Builder perType(String name) {
        RestStream.Builder stream = RestStream.named(name).records("results");
        TYPES.forEach(type ->
                stream.phase(Phase.named(type).get("/crm/v3/pipelines/" + type).mark("objectType", type)));
        return stream;
    }
}
