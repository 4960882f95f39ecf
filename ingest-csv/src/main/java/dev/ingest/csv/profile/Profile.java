package dev.ingest.csv.profile;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One kind of CSV file users have, as data: its target table, columns with header aliases and types,
 * key and cleaning rules. Loaded from {@code profiles/<name>.yaml}.
 *
 * @param zone      the zone of timestamps written without an offset
 * @param dateOrder how ambiguous numeric dates are read
 * @param generic   columns are inferred from the file rather than declared
 */
public record Profile(
        String name,
        String description,
        String table,
        List<String> key,
        ZoneId zone,
        DateOrder dateOrder,
        List<ProfileColumn> columns,
        boolean generic) {

    public Profile {
        key = List.copyOf(key);
        columns = List.copyOf(columns);
    }

    public Optional<ProfileColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Profile withColumns(List<ProfileColumn> newColumns, String newTable, List<String> newKey) {
        return new Profile(name, description, newTable, newKey, zone, dateOrder, newColumns, generic);
    }

    public Profile withZone(ZoneId newZone) {
        return new Profile(name, description, table, key, newZone, dateOrder, columns, generic);
    }
}
