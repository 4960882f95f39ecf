package dev.ingest.csv.profile;

import java.util.List;

/**
 * A target column of a profile.
 *
 * @param name     lower snake_case column name
 * @param type     what it holds and how it is cleaned
 * @param required the header must be in the file and the value must not be empty
 * @param aliases  other headers users' files give it ({@code E-mail}, {@code Email Address})
 */
public record ProfileColumn(String name, FieldType type, boolean required, List<String> aliases) {

    public ProfileColumn {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (type == null) {
            type = FieldType.TEXT;
        }
    }
}
