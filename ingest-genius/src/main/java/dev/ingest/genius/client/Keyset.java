package dev.ingest.genius.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Keyset pagination over ordered columns: the rows after a position, never an OFFSET, so each page is an
 * index range scan however deep it is and rows inserted meanwhile cannot shift a page.
 * <p>
 * Columns are named with their table, because the select list reads some columns through an expression
 * aliased to the column's own name ({@code CAST(updated_at AS CHAR) AS updated_at}), and an unqualified name in
 * ORDER BY means the alias: the server then sorts every row after the position for each page, by the
 * expression's value (a latin1 text key by its bytes, not by the collation the WHERE compares with).
 */
record Keyset(String table, List<String> columns) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code (a > ?) OR (a = ? AND b > ?) ...}, the expanded form of {@code (a, b) > (?, ?)} that MariaDB turns into a range scan. */
    String after() {
        StringBuilder sql = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "(" : " OR (");
            for (int j = 0; j < i; j++) {
                sql.append(column(j)).append(" = ? AND ");
            }
            sql.append(column(i)).append(" > ?)");
        }
        return sql.append(')').toString();
    }

    String orderBy() {
        return IntStream.range(0, columns.size()).mapToObj(this::column).collect(Collectors.joining(", "));
    }

    /** The {@code i}th column, named with its table. */
    String column(int i) {
        return quote(table) + "." + quote(columns.get(i));
    }

    String encode(List<String> position) {
        try {
            return JSON.writeValueAsString(position);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The position in {@code checkpoint}; throws {@link IllegalArgumentException} if it was not written for these columns. */
    List<String> decode(String checkpoint) {
        try {
            List<String> position = JSON.readValue(checkpoint, new TypeReference<List<String>>() {});
            if (position.size() != columns.size()) {
                throw new IllegalArgumentException("checkpoint " + checkpoint + " does not match keyset " + columns);
            }
            return position;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("checkpoint " + checkpoint + " is not a keyset position", e);
        }
    }

    static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }
}
