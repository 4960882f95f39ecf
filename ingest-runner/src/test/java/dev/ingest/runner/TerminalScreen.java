package dev.ingest.runner;

import java.util.ArrayList;
import java.util.List;

/** What a terminal shows of some output: a carriage return goes back to the line's start and overwrites it. */
final class TerminalScreen {

    private TerminalScreen() {}

    static List<String> lines(String output) {
        List<String> lines = new ArrayList<>();
        for (String written : output.split("\n", -1)) {
            StringBuilder shown = new StringBuilder();
            int column = 0;
            for (char c : written.toCharArray()) {
                if (c == '\r') {
                    column = 0;
                } else if (column < shown.length()) {
                    shown.setCharAt(column++, c);
                } else {
                    shown.append(c);
                    column++;
                }
            }
            lines.add(shown.toString().stripTrailing());
        }
        return lines;
    }
}
