package dev.ingest.hubspot.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.SourceException;
import dev.ingest.core.spi.Stream;
import dev.ingest.http.auth.AccessToken;
import dev.ingest.http.auth.BearerAuth;
import dev.ingest.http.auth.RefreshingToken;
import dev.ingest.http.auth.StaticToken;
import dev.ingest.http.client.ApiException;
import dev.ingest.http.client.JsonApi;
import dev.ingest.http.streams.RestClient;
import dev.ingest.hubspot.HubSpotSettings;
import dev.ingest.hubspot.schema.Catalog;
import dev.ingest.hubspot.schema.ObjectType;
import dev.ingest.hubspot.schema.PropertyDefinition;
import dev.ingest.hubspot.streams.AssociationsSource;
import dev.ingest.hubspot.streams.CrmObjectSource;
import dev.ingest.hubspot.streams.DeclaredSource;
import dev.ingest.hubspot.streams.OwnersStream;
import dev.ingest.hubspot.streams.PipelineStreams;
import dev.ingest.hubspot.streams.PropertiesStream;
import dev.ingest.hubspot.streams.StreamSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One HubSpot portal: its streams (found once, custom objects included) and the API behind them. */
public final class HubSpotClient implements Client {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HubSpotClient.class);

    /** Stream names that are not object types, so no custom object may take them. */
    public static final Set<String> OTHER_STREAMS =
            Set.of("owners", "pipelines", "pipeline_stages", "properties", "associations");
    /** Renew an OAuth token this long before it expires, so that no request carries one about to lapse. */
    private static final Duration RENEW_MARGIN = Duration.ofMinutes(5);

    private final HubSpotApi api;
    private final RestClient declared;
    private final Catalog catalog;
    private Map<String, StreamSource> sources;

    public HubSpotClient(JsonApi http) {
        this.api = http.target(HubSpotApi.class);
        this.declared = new RestClient(http);
        this.catalog = new Catalog(api, OTHER_STREAMS);
    }

    public static HubSpotClient open(HubSpotSettings settings) {
        HubSpotRateLimits limits = new HubSpotRateLimits(settings.requestsPer10s(), settings.searchesPerSecond());
        JsonApi.Builder http = JsonApi.builder(settings.baseUrl())
                .redacting(settings.secrets())
                .rateLimits(limits.limits())
                .observing(limits)
                .throttle(HubSpotRateLimits.retryAfter(), HubSpotRateLimits.defaultThrottle())
                .errorFormat(new HubSpotErrorFormat())
                .retries(settings.retries())
                .timeouts(settings.timeouts());
        AccessToken token;
        if (settings.accessToken() != null) {
            token = new StaticToken(settings.accessToken());
        } else {
            OAuthApi oauth = http.build().targetUnauthenticated(OAuthApi.class);
            HubSpotSettings.OAuth credentials = settings.oauth();
            String form = "grant_type=refresh_token&client_id=" + encode(credentials.clientId()) + "&client_secret="
                    + encode(credentials.clientSecret()) + "&refresh_token=" + encode(credentials.refreshToken());
            token = new RefreshingToken(() -> oauth.token(form), RENEW_MARGIN, Clock.systemUTC());
        }
        return new HubSpotClient(http.auth(new BearerAuth(token)).build());
    }

    public HubSpotApi api() {
        return api;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Every stream of the portal: its object types with all their properties, then the others. */
    public synchronized List<StreamSource> sources() {
        if (sources == null) {
            Map<String, StreamSource> all = new LinkedHashMap<>();
            List<ObjectType> present = new ArrayList<>();
            for (ObjectType type : catalog.objectTypes()) {
                propertiesOf(type).ifPresent(properties -> {
                    all.put(type.stream(), new CrmObjectSource(api, type, properties));
                    present.add(type);
                });
            }
            for (Stream stream : List.of(
                    OwnersStream.STREAM,
                    PipelineStreams.PIPELINES,
                    PipelineStreams.STAGES,
                    // A type the portal lacks has no definitions to ask for (the API answers 400).
                    PropertiesStream.of(present))) {
                all.put(stream.name(), new DeclaredSource(stream, declared));
            }
            all.put(AssociationsSource.STREAM.name(), new AssociationsSource(api, catalog));
            sources = all;
        }
        return List.copyOf(sources.values());
    }

    /**
     * A type's properties. When the app may not read the type (403) its stream is kept with only its fixed
     * columns, so that {@link #check} or its sync names the missing scope instead of discovery failing for
     * every stream; a type the portal does not have (400, 404: appointments are not in every portal) has no stream.
     */
    private Optional<List<PropertyDefinition>> propertiesOf(ObjectType type) {
        try {
            return Optional.of(catalog.properties(type));
        } catch (ApiException e) {
            if (e.status() == 403) {
                log.warn(
                        "hubspot.{}: its properties cannot be read, so it has only its fixed columns: {}",
                        type.stream(),
                        e.getMessage());
                return Optional.of(List.of());
            }
            if (e.status() == 400 || e.status() == 404) {
                log.warn(
                        "hubspot.{}: the portal has no such object type, so it is not synced: {}",
                        type.stream(),
                        e.getMessage());
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The streams every portal has, declared without calling it: standard objects with their fixed columns only. */
    public static List<Stream> declaredStreams() {
        List<Stream> streams = new ArrayList<>();
        ObjectType.STANDARD.forEach(type -> streams.add(CrmObjectSource.declare(type, List.of())));
        streams.addAll(List.of(
                OwnersStream.STREAM,
                PipelineStreams.PIPELINES,
                PipelineStreams.STAGES,
                PropertiesStream.of(ObjectType.STANDARD),
                AssociationsSource.STREAM));
        return streams;
    }

    @Override
    public void check(Stream stream) {
        try {
            source(stream).check();
        } catch (ApiException e) {
            Set<String> scopes = missingScopes(e.body());
            if (e.status() == 403 && !scopes.isEmpty()) {
                throw new SourceException(
                        "hubspot." + stream.name() + " cannot be read: the app lacks the scope "
                                + String.join(" or ", scopes) + " (" + e.getMessage() + ")",
                        false,
                        e);
            }
            throw new SourceException(
                    "hubspot." + stream.name() + " cannot be read: " + e.getMessage(), e.retryable(), e);
        }
    }

    @Override
    public RecordReader read(Stream stream, ReadRequest request) {
        return source(stream).read(request);
    }

    private StreamSource source(Stream stream) {
        sources();
        StreamSource source = sources.get(stream.name());
        if (source == null) {
            throw new SourceException("the HubSpot portal has no stream " + stream.name());
        }
        return source;
    }

    /** The scopes a 403 names in {@code errors[].context.requiredGranularScopes} or {@code requiredScopes}. */
    static Set<String> missingScopes(JsonNode body) {
        Set<String> scopes = new LinkedHashSet<>();
        for (JsonNode error : body.path("errors")) {
            for (String key : List.of("requiredGranularScopes", "requiredScopes")) {
                error.path("context").path(key).forEach(scope -> scopes.add(scope.asText()));
            }
        }
        return scopes;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
