package org.bangfu.shared;

import java.util.List;
import java.util.Optional;

/**
 * Rules for text people type: a required text is not blank, no text is longer than its column allows, and no text
 * carries characters that hide or disguise what it says. Refused everywhere (see docs/security/input.md):
 * <ul>
 * <li>control characters: U+0000–U+001F except tab, line feed and carriage return; U+007F–U+009F;</li>
 * <li>direction controls that make text read differently from how it is stored: U+061C, U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069;</li>
 * <li>invisible zero-width characters: U+200B–U+200D, U+2060, U+FEFF;</li>
 * <li>unpaired surrogates (not text at all) and the non-characters U+FFFE, U+FFFF.</li>
 * </ul>
 * The refusal ({@code input.text.forbidden}) names the character and its position, so a person can find it.
 */
public final class TextInput {

    private TextInput() {
    }

    /** Adds the field's problem, if any: blank ({@code validation.required}), too long, or a forbidden character. */
    public static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            forbidden(field, value).ifPresentOrElse(errors::add,
                    () -> errors.add(FieldError.of(field, "validation.required")));
        } else {
            optional(errors, field, value, max);
        }
    }

    /** Adds the field's problem if the text, when given, is too long or carries a forbidden character. */
    public static void optional(List<FieldError> errors, String field, String value, int max) {
        Optional<FieldError> forbidden = forbidden(field, value);
        if (forbidden.isPresent()) {
            errors.add(forbidden.get());
        } else if (value != null && value.trim().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    /**
     * The note of a decision: optional when it approves, required (the reason) when it refuses or returns; at most
     * {@code max} characters either way.
     */
    public static void decisionNote(List<FieldError> errors, boolean approve, String note, int max) {
        if (approve) {
            optional(errors, "note", note, max);
        } else {
            required(errors, "note", note, max);
        }
    }

    /** Adds the field's problem if the text, when given, carries a forbidden character (no length rule). */
    public static void checked(List<FieldError> errors, String field, String value) {
        forbidden(field, value).ifPresent(errors::add);
    }

    /** Throws {@link InvalidInputException} if the text carries a forbidden character. */
    public static void require(String field, String value) {
        forbidden(field, value).ifPresent(error -> {
            throw new InvalidInputException(error);
        });
    }

    /**
     * The refusal of the first forbidden character in the text, if any: {@code input.text.forbidden} with the
     * character as {@code U+XXXX}, a short description key and its position (1-based, in characters).
     */
    public static Optional<FieldError> forbidden(String field, String value) {
        int index = firstForbidden(value);
        if (index < 0) {
            return Optional.empty();
        }
        int c = value.codePointAt(index);
        return Optional.of(FieldError.of(field, "input.text.forbidden", String.format("U+%04X", c),
                value.codePointCount(0, index) + 1));
    }

    /** The index of the first forbidden character, or -1 when the text is clean (or null). */
    public static int firstForbidden(CharSequence value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (isForbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the (BMP) character is refused in text: see the class comment. */
    public static boolean isForbidden(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return true;
        }
        return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF
                || c == 0xFFFE || c == 0xFFFF || Character.isLowSurrogate(c);
    }
}
