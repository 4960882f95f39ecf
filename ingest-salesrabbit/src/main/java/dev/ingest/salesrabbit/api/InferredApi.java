package dev.ingest.salesrabbit.api;

import dev.ingest.http.streams.CursorFormat;

/**
 * What the connector assumes of SalesRabbit's API that no official reference confirms: it is read from working
 * integrations (see the module README), so it is kept here, in one place, to change when the API says otherwise.
 * The page size is a setting ({@code SALESRABBIT_PAGE_SIZE}) for the same reason.
 */
public final class InferredApi {

    private InferredApi() {}

    public static final String LEADS = "/leads";
    public static final String LEAD_STATUS_HISTORIES = "/leadStatusHistories";
    public static final String LEAD_STATUS_ACTIVITIES = "/leadStatusActivities";
    public static final String USERS = "/users";
    /** Seen only as operation names ("List lead statuses"); one integration tries this path first. */
    public static final String LEAD_STATUSES = "/leadStatuses";

    /** Page number (from 1) and size query parameters; the last page says {@code meta.morePages: false}. */
    public static final String PAGE = "page";

    public static final String PER_PAGE = "perPage";
    public static final String MORE_PAGES = "meta.morePages";
    /** Every answer's records, and every write's body, sit under this key. */
    public static final String DATA = "data";

    /** Leads modified at or after the header's time; compared, it seems, with {@code dateModified}. */
    public static final String MODIFIED_SINCE = "If-Modified-Since";
    /**
     * Status events (histories) and dispositions (activities) at or after the header's time; compared, it seems, with
     * {@code statusUpdated} and {@code dispositionTimestamp}.
     */
    public static final String STATUS_MODIFIED_SINCE = "If-Status-Modified-Since";
    /** ISO 8601 with an explicit {@code +00:00}, which one integration says the API requires. */
    public static final CursorFormat SINCE_FORMAT = CursorFormat.ISO_8601_UTC_OFFSET;

    /** Asks for leads in ascending {@code dateModified} order, which an incremental window needs. */
    public static final String SORT_BY = "sortBy";

    public static final String SORT_BY_MODIFIED = "dateModified";
    public static final String ORDER = "order";
    public static final String ASCENDING = "asc";
}
