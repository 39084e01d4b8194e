package org.bangfu.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A form for a unit and period: its rows, the identities that do not hold (empty when the form adds up), whether
 * it is the consolidated view of the children's submissions, and the unit's latest submission (may be null).
 */
public record FormResult(FormCode form, long unitId, String unitCode, String unitName, LocalDate from, LocalDate to,
                         boolean consolidated, List<FormRow> rows, List<IdentityViolation> violations,
                         Submission latest) {

    public FormResult {
        rows = List.copyOf(rows);
        violations = List.copyOf(violations);
    }

    public Optional<FormRow> row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The value of a row; fails on an unknown code (tests and exports). */
    public java.math.BigDecimal value(String code) {
        return row(code).orElseThrow(() -> new IllegalArgumentException(code)).value();
    }
}
