package dev.ingest.core.internal.engine;

import dev.ingest.core.spi.Redaction;

/**
 * The text kept for a failed run: the error's own message, and its root cause where that says more; without secrets,
 * on one bounded line (see {@link Redaction}).
 */
final class ErrorText {

    private ErrorText() {}

    static String of(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != error && root.getMessage() != null && !message.contains(root.getMessage())) {
            message += " (caused by " + root.getMessage() + ")";
        }
        return Redaction.clean(message);
    }
}
