package dev.ingest.csv.mapping;

import dev.ingest.core.spi.ConfigException;
import dev.ingest.csv.input.CsvRow;
import dev.ingest.csv.profile.Profile;
import dev.ingest.csv.profile.ProfileColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Matches a file's headers to a profile's columns: first the {@code --mapping} overrides (header text to
 * column), then the column's own name, then its aliases, all compared after {@link Names#matchKey}.
 */
public final class HeaderMapper {

    private HeaderMapper() {}

    /**
     * @throws ConfigException when a required column has no header, naming the closest header, or when
     *                         an override names a header or column that does not exist
     */
    public static HeaderMapping map(List<String> rawHeaders, Profile profile, Map<String, String> overrides) {
        List<String> headers = unique(rawHeaders);
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            byKey.putIfAbsent(Names.matchKey(rawHeaders.get(i)), i);
        }
        Map<String, ColumnMapping> byColumn = new LinkedHashMap<>();
        Set<Integer> used = new HashSet<>();
        overrides.forEach((header, column) -> {
            Integer index = byKey.get(Names.matchKey(header));
            if (index == null) {
                throw new ConfigException("--mapping names header '" + header
                        + "', which the file does not have; its headers: " + Names.shortList(headers));
            }
            if (profile.column(column).isEmpty()) {
                throw new ConfigException("--mapping maps '" + header + "' to column '" + column + "', which profile "
                        + profile.name() + " does not have");
            }
            byColumn.put(column, new ColumnMapping(index, headers.get(index), column, "--mapping"));
            used.add(index);
        });
        List<String> absent = new ArrayList<>();
        for (ProfileColumn column : profile.columns()) {
            if (byColumn.containsKey(column.name())) {
                continue;
            }
            ColumnMapping found = match(column, headers, rawHeaders, byKey, used);
            if (found != null) {
                byColumn.put(column.name(), found);
                used.add(found.index());
            } else if (column.required() || profile.key().contains(column.name())) {
                throw new ConfigException("the file has no column " + column.name() + " (required by profile "
                        + profile.name() + "); closest header: " + closest(column, rawHeaders, used)
                        + "; map one with --mapping");
            } else {
                absent.add(column.name());
            }
        }
        List<ColumnMapping> mapped = new ArrayList<>(byColumn.values());
        mapped.sort((a, b) -> Integer.compare(a.index(), b.index()));
        List<String> unmapped = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!used.contains(i)) {
                unmapped.add(headers.get(i));
            }
        }
        return new HeaderMapping(headers, mapped, unmapped, absent);
    }

    private static ColumnMapping match(
            ProfileColumn column,
            List<String> headers,
            List<String> rawHeaders,
            Map<String, Integer> byKey,
            Set<Integer> used) {
        Integer index = byKey.get(Names.matchKey(column.name()));
        if (index != null && !used.contains(index)) {
            return new ColumnMapping(index, headers.get(index), column.name(), "name");
        }
        for (String alias : column.aliases()) {
            index = byKey.get(Names.matchKey(alias));
            if (index != null && !used.contains(index)) {
                return new ColumnMapping(index, headers.get(index), column.name(), "alias '" + alias + "'");
            }
        }
        return null;
    }

    private static String closest(ProfileColumn column, List<String> rawHeaders, Set<Integer> used) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<String> targets = new ArrayList<>(column.aliases());
        targets.add(column.name());
        for (int i = 0; i < rawHeaders.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            String key = Names.matchKey(rawHeaders.get(i));
            for (String target : targets) {
                int d = LevenshteinDistance.getDefaultInstance().apply(key, Names.matchKey(target));
                if (d < bestDistance) {
                    bestDistance = d;
                    best = rawHeaders.get(i);
                }
            }
        }
        return best == null ? "none (every header is already mapped)" : "'" + best + "'";
    }

    /**
     * Headers as {@code _raw} keys: blank ones named by position, repeated ones numbered, and so is a header named as
     * {@code _raw}'s key of the fields past the header ({@code _extra (2)}), which would otherwise lose its value to them.
     */
    public static List<String> unique(List<String> rawHeaders) {
        List<String> headers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>(Map.of(CsvRow.EXTRA, 1));
        for (int i = 0; i < rawHeaders.size(); i++) {
            String header = rawHeaders.get(i).strip();
            if (header.isEmpty()) {
                header = "column " + (i + 1);
            }
            int n = seen.merge(header, 1, Integer::sum);
            headers.add(n == 1 ? header : header + " (" + n + ")");
        }
        return headers;
    }
}
