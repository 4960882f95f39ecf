package dev.ingest.csv.input;

import java.nio.charset.Charset;

/**
 * How a file is read.
 *
 * @param charset      its encoding
 * @param bomBytes     bytes of byte-order mark to skip before the text
 * @param delimiter    the field separator
 * @param howCharset   how the encoding was decided, for the dry run ({@code "given"}, {@code "UTF-8 byte-order mark"})
 * @param howDelimiter how the delimiter was decided
 */
public record InputFormat(Charset charset, int bomBytes, char delimiter, String howCharset, String howDelimiter) {

    public String delimiterName() {
        return switch (delimiter) {
            case '\t' -> "TAB";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }
}
