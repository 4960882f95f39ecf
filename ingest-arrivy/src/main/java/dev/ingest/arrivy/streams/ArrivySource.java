package dev.ingest.arrivy.streams;

import dev.ingest.arrivy.client.ArrivyApi;
import dev.ingest.arrivy.window.TaskWindow;

/** What every stream reads through: the API, and the scheduled times a run covers. */
public record ArrivySource(ArrivyApi api, TaskWindow window) {}
