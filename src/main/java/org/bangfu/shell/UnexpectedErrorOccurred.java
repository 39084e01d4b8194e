package org.bangfu.shell;

import java.time.Instant;

/**
 * A screen met a failure that is not a refusal (a bug, a lost database): the user was shown {@code reference}, the
 * stack trace is in the server log under it. {@code username} and {@code route} are null when unknown.
 */
public record UnexpectedErrorOccurred(String reference, String username, String route, String exceptionClass,
        Instant at) {
}
