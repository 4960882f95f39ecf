package dev.ingest.runner;

import dev.ingest.core.RejectedRecord;
import dev.ingest.core.internal.warehouse.Warehouse;
import dev.ingest.core.spi.ConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "rejects", description = "The records a run set aside, with their reasons, as CSV.")
final class RejectsCommand implements Callable<Integer> {

    @ParentCommand
    private IngestCommand root;

    @Parameters(paramLabel = "<run-id>", description = "A run's id, as `ingest runs` lists it.")
    private String runId;

    @Option(names = "--out", paramLabel = "<file.csv>", description = "Write the CSV to this file, not to stdout.")
    private Path out;

    @Override
    public Integer call() {
        List<RejectedRecord> rejects;
        try (Warehouse warehouse = root.openWarehouse()) {
            RunLookup.find(warehouse, runId);
            rejects = warehouse.rejects().forRun(runId);
        }
        if (out == null) {
            write(root.out(), rejects);
            root.out().flush();
            return ExitCodes.OK;
        }
        try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(file, rejects);
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException("cannot write " + out + ": " + e.getMessage());
        }
        root.err().println(rejects.size() + " rejects of run " + runId + " written to " + out);
        root.err().flush();
        return ExitCodes.OK;
    }

    private static void write(Writer csv, List<RejectedRecord> rejects) {
        try {
            csv.write(line("source_id", "location", "reason", "payload"));
            for (RejectedRecord reject : rejects) {
                csv.write(line(reject.sourceId(), reject.location(), reject.reason(), reject.payload()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: fields quoted where they hold a comma, quote or line break; lines end in CRLF. */
    private static String line(String... fields) {
        return Stream.of(fields)
                        .map(field -> field == null ? "" : StringEscapeUtils.escapeCsv(field))
                        .collect(Collectors.joining(","))
                + "\r\n";
    }
}
