package dev.ingest.csv;

import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.testing.ConnectorContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** A generic import of a small file with a key, some rows repeated and one bad value, under the connector contract. */
class CsvConnectorContractIT extends ConnectorContract {

    private final CsvConnector connector = new CsvConnector();

    @TempDir
    Path dir;

    @Override
    protected Connector connector() {
        return connector;
    }

    /** An imported row's mapped fields are cleaned into its columns; its file is the record (RawContent). */
    @Override
    protected boolean rebuildsRecords() {
        return false;
    }

    @Override
    protected Settings settings() {
        StringBuilder text = new StringBuilder("id,name,score\n");
        for (int id = 1; id <= 14; id++) {
            text.append(id)
                    .append(",Person ")
                    .append(id)
                    .append(',')
                    .append(id == 9 ? "n/a" : id * 10)
                    .append('\n');
        }
        text.append("3,Person 3 again,31\n");
        try {
            Path file = Files.writeString(dir.resolve("people.csv"), text);
            return Settings.fromShortNames(
                    connector.name(),
                    connector.settings(),
                    Map.of(
                            CsvConnector.FILE,
                            file.toString(),
                            CsvConnector.PROFILE,
                            "generic",
                            CsvConnector.KEY,
                            "id"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory's files and their bytes: a rejects file or a rewritten input would change them. */
    @Override
    protected Object sourceState() {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.sorted()
                    .map(file -> file.getFileName() + " " + Arrays.hashCode(read(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
