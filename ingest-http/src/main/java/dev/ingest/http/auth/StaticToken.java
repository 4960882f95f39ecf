package dev.ingest.http.auth;

/** A token that does not expire, such as a private app's; a refusal of it is final. */
public record StaticToken(String value) implements AccessToken {

    @Override
    public String current() {
        return value;
    }

    @Override
    public boolean renewAfterRejection(String rejected) {
        return false;
    }

    @Override
    public String toString() {
        return "StaticToken[****]";
    }
}
