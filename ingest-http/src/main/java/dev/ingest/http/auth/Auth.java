package dev.ingest.http.auth;

import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.List;

/** How requests prove who sends them: puts the credentials on each request and knows which of its values are secret. */
public interface Auth extends RequestInterceptor {

    /** The secrets a sent request carried: never shown in a message about it, even when the source echoes them. */
    List<String> secretsOf(Request sent);

    /**
     * The source refused {@code refused} as unauthenticated (401): renews its credentials if they can be renewed.
     *
     * @return whether a request retried now would carry different credentials
     */
    boolean renewAfterRejection(Request refused);

    /** No credentials: for token endpoints, whose credentials travel in the body. */
    Auth NONE = new Auth() {
        @Override
        public void apply(RequestTemplate template) {
            // Nothing to add.
        }

        @Override
        public List<String> secretsOf(Request sent) {
            return List.of();
        }

        @Override
        public boolean renewAfterRejection(Request refused) {
            return false;
        }

        @Override
        public String toString() {
            return "Auth.NONE";
        }
    };
}
