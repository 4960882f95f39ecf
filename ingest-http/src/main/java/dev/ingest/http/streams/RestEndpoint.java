package dev.ingest.http.streams;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.http.client.Answer;
import feign.HeaderMap;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.net.URI;
import java.util.Map;

/** Any GET of a JSON API: the one endpoint declared streams need, their paths and queries being data. */
@Headers("Accept: application/json")
public interface RestEndpoint {

    @RequestLine("GET {path}")
    JsonNode get(
            @Param("path") String path, @QueryMap Map<String, String> query, @HeaderMap Map<String, String> headers);

    /** The same GET, its answer's headers kept: for paging by a {@code Link} header. */
    @RequestLine("GET {path}")
    Answer answer(
            @Param("path") String path, @QueryMap Map<String, String> query, @HeaderMap Map<String, String> headers);

    /**
     * A GET of {@code url} exactly as given, query included: a next page's URL an answer named. Check its origin
     * first ({@link dev.ingest.http.paging.Origin}): credentials go with it.
     */
    @RequestLine("GET")
    Answer at(URI url, @HeaderMap Map<String, String> headers);
}
