package dev.ingest.http.auth;

/** Supplies the bearer token for each request. */
public interface AccessToken {

    /** The token to send now, renewed first if it is about to expire. */
    String current();

    /**
     * The source refused {@code rejected}: renews it if this kind of token can be renewed.
     *
     * @return whether a request retried now would carry a different token
     */
    boolean renewAfterRejection(String rejected);
}
