package org.bangfu.shared;

import java.util.List;

/** Input refused field by field; nothing was saved. */
public class InvalidInputException extends BangfuException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("error.invalidInput");
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(FieldError error) {
        this(List.of(error));
    }

    /** Refuses the input if any field has a problem; does nothing otherwise. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return "invalid input: " + errors;
    }
}
