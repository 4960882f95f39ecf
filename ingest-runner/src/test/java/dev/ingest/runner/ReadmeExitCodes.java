package dev.ingest.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The exit-code table of the repository's README: each run status's code, and the code of a usage error. */
record ReadmeExitCodes(Map<String, Integer> byStatus, int usage) {

    private static final Pattern ROW = Pattern.compile("^\\s*\\|\\s*`(\\d+)`\\s*\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private static final Pattern STATUS = Pattern.compile("`([a-z]+)`");

    static ReadmeExitCodes read() {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        Integer usage = null;
        try {
            for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
                Matcher row = ROW.matcher(line);
                if (!row.matches()) {
                    continue;
                }
                int code = Integer.parseInt(row.group(1));
                Matcher status = STATUS.matcher(row.group(2));
                while (status.find()) {
                    byStatus.put(status.group(1), code);
                }
                if (row.group(3).contains("bad usage")) {
                    usage = code;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (byStatus.isEmpty() || usage == null) {
            throw new IllegalStateException("README.md has no exit-code table with a row for bad usage");
        }
        return new ReadmeExitCodes(Map.copyOf(byStatus), usage);
    }

    int of(String status) {
        Integer code = byStatus.get(status);
        if (code == null) {
            throw new IllegalStateException("README.md's exit-code table has no row for " + status);
        }
        return code;
    }
}
