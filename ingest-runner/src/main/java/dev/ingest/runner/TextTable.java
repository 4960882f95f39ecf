package dev.ingest.runner;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Plain-text columns, padded to their widest cell, for terminals and logs alike. */
final class TextTable {

    record Column(String header, boolean rightAligned) {
        static Column left(String header) {
            return new Column(header, false);
        }

        static Column right(String header) {
            return new Column(header, true);
        }
    }

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    TextTable(Column... columns) {
        this(List.of(columns));
    }

    /** Adds a row; {@code null} cells show as {@code -}, line breaks as spaces. */
    TextTable row(List<?> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.size());
        }
        rows.add(cells.stream()
                .map(cell -> cell == null ? "-" : ErrorReporter.oneLine(cell.toString()))
                .toList());
        return this;
    }

    TextTable row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    void print(PrintWriter out, String indent) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).header().length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        out.println(line(indent, columns.stream().map(Column::header).toList(), widths));
        for (List<String> row : rows) {
            out.println(line(indent, row, widths));
        }
        out.flush();
    }

    private String line(String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            line.append(i == 0 ? "" : "  ");
            line.append(columns.get(i).rightAligned() ? padding + cell : cell + padding);
        }
        return line.toString().stripTrailing();
    }
}
