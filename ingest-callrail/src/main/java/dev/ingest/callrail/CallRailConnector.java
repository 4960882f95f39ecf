package dev.ingest.callrail;

import dev.ingest.callrail.client.CallRailApi;
import dev.ingest.callrail.client.Pace;
import dev.ingest.callrail.streams.Accounts;
import dev.ingest.callrail.streams.CallRailStream;
import dev.ingest.callrail.streams.Calls;
import dev.ingest.callrail.streams.FormSubmissions;
import dev.ingest.callrail.streams.Listings;
import dev.ingest.callrail.streams.TextConversations;
import dev.ingest.callrail.streams.TextMessages;
import dev.ingest.core.spi.Client;
import dev.ingest.core.spi.Connector;
import dev.ingest.core.spi.ReadRequest;
import dev.ingest.core.spi.RecordReader;
import dev.ingest.core.spi.Setting;
import dev.ingest.core.spi.Settings;
import dev.ingest.core.spi.Stream;
import dev.ingest.core.spi.SyncMode;
import java.time.Clock;
import java.util.List;

/** CallRail (API v3): accounts, companies, trackers, users, tags, calls, form submissions and text messages. */
public final class CallRailConnector implements Connector {

    private static final List<CallRailStream> STREAMS = List.of(
            Accounts.STREAM,
            Listings.COMPANIES,
            Listings.TRACKERS,
            Listings.USERS,
            Listings.TAGS,
            Calls.STREAM,
            FormSubmissions.STREAM,
            TextConversations.STREAM,
            TextMessages.STREAM);

    private final Pace pace;
    private final Clock clock;

    public CallRailConnector() {
        this(Pace.API, Clock.systemUTC());
    }

    /** A connector whose clients' budget windows and 429 wait are {@code pace}'s: a benchmark's or test's scaled-down hour. */
    public CallRailConnector(Pace pace, Clock clock) {
        this.pace = pace;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "callrail";
    }

    @Override
    public String description() {
        return "CallRail: calls, form submissions, texts, companies, trackers, users and tags of every account a key sees";
    }

    @Override
    public List<Setting> settings() {
        return CallRailSettings.DECLARED;
    }

    @Override
    public List<Stream> streams() {
        return STREAMS.stream().map(CallRailStream::stream).toList();
    }

    @Override
    public Client open(Settings settings) {
        CallRailApi api = new CallRailApi(CallRailSettings.from(settings), pace, clock);
        return new Client() {
            /** Reads the stream's first batch: the key, the account and the window all answer. */
            @Override
            public void check(Stream stream) {
                try (RecordReader reader = read(stream, new ReadRequest(SyncMode.FULL, null, null, 1))) {
                    reader.next();
                }
            }

            @Override
            public RecordReader read(Stream stream, ReadRequest request) {
                if (!(stream.processor() instanceof CallRailStream declared)) {
                    throw new IllegalArgumentException("stream " + stream.name() + " is not a CallRail stream");
                }
                return declared.read(api, request);
            }

            @Override
            public String toString() {
                return "CallRail client of " + api.origin();
            }
        };
    }
}
