package dev.ingest.http.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.http.client.Answer;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list each answer of which names the full URL of the next page, followed as given: in its body (CallRail's
 * {@code next_page} with {@code has_next_page}) or in an RFC 5988 {@code Link} header ({@code rel="next"}). A URL is
 * followed only on the API's {@link Origin}; one elsewhere fails the read, naming it. A batch's checkpoint is the
 * next page's URL, checked again when a run resumes from it.
 *
 * @param recordsPath where an answer's records are, dot-separated; empty for a bare JSON array
 * @param next        where an answer names the next page
 * @param origin      the API's origin, the only one followed
 */
public record LinkedPages(String recordsPath, NextLink next, Origin origin) {

    /** Where an answer names the next page's URL; empty on the last page. */
    public sealed interface NextLink permits BodyUrl, LinkHeader {
        Optional<String> of(Answer answer);
    }

    /**
     * The URL at {@code urlPath} of the body (dot-separated); when {@code hasNextPath} is given, only while the
     * boolean there is true.
     */
    public record BodyUrl(String urlPath, String hasNextPath) implements NextLink {
        @Override
        public Optional<String> of(Answer answer) {
            if (hasNextPath != null && !Records.node(answer.body(), hasNextPath).asBoolean(false)) {
                return Optional.empty();
            }
            JsonNode url = Records.node(answer.body(), urlPath);
            return url.isTextual() && !url.asText().isBlank() ? Optional.of(url.asText()) : Optional.empty();
        }
    }

    /** The {@code rel="next"} target of the answer's {@code Link} headers (RFC 5988). */
    public record LinkHeader() implements NextLink {
        /** One link-value: {@code <target>} and its parameters up to the next link or the end. */
        private static final Pattern LINK = Pattern.compile("<([^>]*)>([^<]*)");

        private static final Pattern NEXT =
                Pattern.compile("(?i);\\s*rel\\s*=\\s*(\"[^\"]*\\bnext\\b[^\"]*\"|next(?=\\s*(?:[;,]|$)))");

        @Override
        public Optional<String> of(Answer answer) {
            for (String header : answer.header("Link")) {
                Matcher link = LINK.matcher(header);
                while (link.find()) {
                    if (NEXT.matcher(link.group(2)).find()) {
                        return Optional.of(link.group(1).strip());
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Reads the list from its first page, or from {@code resumeFrom}.
     *
     * @param first      the answer to the list's first request
     * @param follow     the answer at a URL on the origin
     * @param resumeFrom a checkpoint of an earlier batch (a next page's URL), or {@code null}
     */
    public RecordReader reader(Supplier<Answer> first, Function<URI, Answer> follow, String resumeFrom) {
        return new CursorPager(
                url -> {
                    Answer answer;
                    String where;
                    if (url == null) {
                        answer = first.get();
                        where = "the first page";
                    } else {
                        URI at = origin.follow(url, "the next page");
                        answer = follow.apply(at);
                        where = "the page at " + at.getPath();
                    }
                    String nextUrl = next.of(answer)
                            .map(link -> origin.follow(link, "the next page").toString())
                            .orElse(null);
                    // A page naming itself as the next would be read forever.
                    return new Page(
                            Records.at(answer.body(), recordsPath, where),
                            nextUrl == null || nextUrl.equals(url) ? null : nextUrl);
                },
                resumeFrom);
    }
}
