package dev.ingest.runner;

import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;

/** A connector's settings as the Markdown table its module README holds, made from the declarations so the two agree. */
final class SettingsMarkdown {

    private SettingsMarkdown() {}

    static String of(Connector connector) {
        StringBuilder table = new StringBuilder()
                .append("| variable | type | required | default | description |\n")
                .append("|---|---|---|---|---|\n");
        for (Setting setting : Settings.declared(connector)) {
            String defaultValue = shownDefault(setting);
            table.append("| `")
                    .append(Settings.prefix(connector.name()))
                    .append(setting.name())
                    .append("` | ")
                    .append(setting.secret() ? "secret " : "")
                    .append(setting.type().label())
                    .append(" | ")
                    .append(setting.required() ? "yes" : "no")
                    .append(" | ")
                    .append(defaultValue == null ? "" : "`" + defaultValue + "`")
                    .append(" | ")
                    .append(setting.description().replace("|", "\\|"))
                    .append(" |\n");
        }
        return table.toString();
    }

    /** A secret's default is still a secret's value. */
    static String shownDefault(Setting setting) {
        return setting.secret() && setting.defaultValue() != null ? "****" : setting.defaultValue();
    }
}
