package org.bangfu.shared;

import java.util.List;

/** Rules for text people type: a required text is not blank, and no text is longer than its column allows. */
public final class TextInput {

    private TextInput() {
    }

    /** Adds the field's problem, if any: blank ({@code validation.required}) or too long ({@code validation.tooLong}). */
    public static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else {
            optional(errors, field, value, max);
        }
    }

    /** Adds the field's problem if the text, when given, is too long. */
    public static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }
}
