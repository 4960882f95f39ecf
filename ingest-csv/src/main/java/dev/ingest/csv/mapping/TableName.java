package dev.ingest.csv.mapping;

import dev.ingest.core.spi.ConfigException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The table of a generic import, made of {@code --table} or the file's base name, the same on every warehouse: lower
 * case, each run of characters other than letters, marks and digits (of any script) made one {@code _}, so that
 * {@code clients_名前} and {@code clients_住所} stay two tables; {@code c_} before a leading digit. PostgreSQL cuts an
 * identifier past 63 bytes without a word, which would make two long names one table, so a longer name is cut here, at
 * a character, and ends in a hash of the whole name: the same table at every import of that name, and another for a
 * name that differs only past the cut.
 *
 * @param name   the table, at most 63 bytes of UTF-8
 * @param notice how the name was cut, for the user to be told, or {@code null} when it was not
 */
public record TableName(String name, String notice) {

    static final int MAX_BYTES = 63;
    private static final int HASH_CHARS = 8;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    public static TableName of(String given) {
        String lower = Normalizer.normalize(given.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        String name = NOT_LETTERS.matcher(lower).replaceAll("_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            throw new ConfigException("the table name '" + given + "' has no letters or digits; give one with --table");
        }
        if (Character.isDigit(name.codePointAt(0))) {
            name = "c_" + name;
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes <= MAX_BYTES) {
            return new TableName(name, null);
        }
        String cut = prefix(name, MAX_BYTES - 1 - HASH_CHARS).replaceAll("_+$", "") + "_" + hash(name);
        return new TableName(
                cut,
                "the table name '" + name + "' is " + bytes + " bytes, over the " + MAX_BYTES
                        + " PostgreSQL allows: the table is csv." + cut + " (cut, with a hash of the whole name)");
    }

    /** The longest start of {@code text} of at most {@code maxBytes} of UTF-8; the encoder stops before a character that does not fit. */
    private static String prefix(String text, int maxBytes) {
        CharBuffer chars = CharBuffer.wrap(text);
        StandardCharsets.UTF_8.newEncoder().encode(chars, ByteBuffer.allocate(maxBytes), true);
        return text.substring(0, chars.position());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
