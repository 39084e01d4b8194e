package org.bangfu.shared;

import java.util.List;

/** A refusal that users see: the message is an i18n key with arguments, translated where it is shown. */
public abstract class BangfuException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    protected BangfuException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** The refusal that caused {@code thrown}, if any (the process engine wraps refusals raised in its steps). */
    public static java.util.Optional<BangfuException> causing(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof BangfuException refusal) {
                return java.util.Optional.of(refusal);
            }
        }
        return java.util.Optional.empty();
    }
}
