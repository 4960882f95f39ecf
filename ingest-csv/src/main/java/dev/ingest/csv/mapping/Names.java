package dev.ingest.csv.mapping;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Header text reduced to what people mean by it. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    /** The longest column name: PostgreSQL's identifier limit, 63 bytes, which ASCII names count in characters. */
    private static final int MAX_LENGTH = 63;

    private static final int SHORT_LIST = 10;

    private Names() {}

    /** Case, spaces, punctuation and accents removed: {@code "E-mail Adrésse"} -> {@code "emailadresse"}. */
    public static String matchKey(String header) {
        return NOT_ALNUM.matcher(plain(header)).replaceAll("");
    }

    /** A column name: {@code "Lead ID"} -> {@code "lead_id"}, {@code "2nd Phone"} -> {@code "c_2nd_phone"}. */
    public static String snakeCase(String header) {
        String snake = NOT_ALNUM.matcher(plain(header)).replaceAll("_").replaceAll("^_+|_+$", "");
        if (snake.isEmpty()) {
            snake = "column";
        }
        if (Character.isDigit(snake.charAt(0))) {
            snake = "c_" + snake;
        }
        return snake.length() > MAX_LENGTH ? snake.substring(0, MAX_LENGTH) : snake;
    }

    /** Names for a one-line message: the first ten, then how many there are in all, so a file of thousands of headers makes no huge line. */
    public static String shortList(List<String> names) {
        return names.size() <= SHORT_LIST
                ? String.join(", ", names)
                : String.join(", ", names.subList(0, SHORT_LIST))
                        + String.format(Locale.ROOT, ", ... (%,d in all)", names.size());
    }

    /** {@code name} with {@code suffix}, the name cut so that both fit in a column name's 63 characters: {@code "lead_id", "_2"} -> {@code "lead_id_2"}. */
    public static String withSuffix(String name, String suffix) {
        String base =
                name.length() + suffix.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH - suffix.length()) : name;
        return base.replaceAll("_+$", "") + suffix;
    }

    private static String plain(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
