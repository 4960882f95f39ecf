package dev.ingest.runner;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The columns of the terminal the runner draws on: {@code $COLUMNS} where the shell exports it, else what {@code stty}
 * says of the controlling terminal (Java itself cannot ask), else {@value #DEFAULT}.
 */
final class TerminalWidth {

    static final int DEFAULT = 80;

    private TerminalWidth() {}

    static int of(Map<String, String> environment) {
        Integer columns = positive(environment.get("COLUMNS"));
        if (columns != null) {
            return columns;
        }
        columns = fromStty();
        return columns == null ? DEFAULT : columns;
    }

    /** {@code stty size} prints "rows columns" of the terminal on its standard input. */
    private static Integer fromStty() {
        File tty = new File("/dev/tty");
        if (!tty.canRead()) {
            return null;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size")
                    .redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            if (!stty.waitFor(2, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                stty.destroyForcibly();
                return null;
            }
            String[] parts = size.split("\\s+");
            return parts.length == 2 ? positive(parts[1]) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Integer positive(String text) {
        if (text == null || !text.trim().matches("[0-9]{1,5}")) {
            return null;
        }
        int value = Integer.parseInt(text.trim());
        return value > 0 ? value : null;
    }
}
