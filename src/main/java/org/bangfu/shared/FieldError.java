package org.bangfu.shared;

import java.util.List;

/** One refused field: which field, the i18n key of the message and the message's arguments. */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }
}
