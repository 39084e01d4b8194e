package org.bangfu.identification;

import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.TextInput;

/** A case worker ends a file with a reason they must give (a withdrawal, cancelled relief). */
public final class CaseEndings {

    private CaseEndings() {
    }

    /** Refuses a missing, unsafe or over-long reason beside {@code field}; then ends the file. */
    public static void end(IdentificationService files, long caseId, CaseStatus to, RefusalReason reason,
                           String field, String text, CurrentUser user) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(FieldError.of(field, "validation.reason.required"));
        }
        TextInput.require(field, text);
        if (text.trim().length() > 500) {
            throw new InvalidInputException(FieldError.of(field, "validation.tooLong", 500));
        }
        files.refuse(caseId, to, reason, text.trim(), user.username());
    }
}
