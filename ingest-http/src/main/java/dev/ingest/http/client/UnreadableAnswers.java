package dev.ingest.http.client;

import dev.ingest.core.spi.SourceException;
import dev.ingest.http.auth.Auth;
import feign.FeignException;
import feign.InvocationContext;
import feign.Request;
import feign.ResponseInterceptor;

/**
 * A successful answer that cannot be read as the JSON expected fails as a {@link SourceException} in the
 * {@link Redactor}'s words. Feign's own error would quote Jackson, which names the text it could not read: an
 * echoed token. Its cause is left out for the same reason; a body cut short may read well when asked again.
 */
final class UnreadableAnswers implements ResponseInterceptor {

    private final Redactor redactor;
    private final Auth auth;

    UnreadableAnswers(Redactor redactor, Auth auth) {
        this.redactor = redactor;
        this.auth = auth;
    }

    @Override
    public Object intercept(InvocationContext context, Chain chain) throws Exception {
        try {
            return chain.next(context);
        } catch (FeignException e) {
            int status = context.response().status();
            if (status < 200 || status >= 300) {
                // An error answer: ErrorBodyDecoder has already put it in words.
                throw e;
            }
            Request request = context.response().request();
            String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw new SourceException(
                    redactor.shown(
                            ErrorBodyDecoder.call(request) + ": HTTP " + status + " answer could not be read as JSON: "
                                    + reason,
                            auth.secretsOf(request)),
                    true,
                    null);
        }
    }
}
