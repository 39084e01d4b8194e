package org.bangfu.statistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangfu.shared.FieldError;
import org.bangfu.statistics.FormDefinition;
import org.bangfu.statistics.RowDefinition;
import org.bangfu.statistics.RowKind;
import org.bangfu.statistics.RowUnit;

/** The rules for values a unit enters: each refusal names the row code as its field. */
final class EnteredValues {

    private static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private EnteredValues() {
    }

    /**
     * The problems of the new values; {@code current} holds the unit's saved entries and receives the new ones, so
     * that an "of which" row is compared with its total as it will be after saving.
     */
    static List<FieldError> check(FormDefinition definition, Map<String, BigDecimal> values,
                                  Map<String, BigDecimal> current) {
        List<FieldError> errors = new ArrayList<>();
        if (values == null || values.isEmpty()) {
            errors.add(FieldError.of("values", "validation.required"));
            return errors;
        }
        values.forEach((code, value) -> {
            Optional<RowDefinition> row = definition.row(code == null ? "" : code);
            if (row.isEmpty()) {
                errors.add(FieldError.of(String.valueOf(code), "statistics.validation.unknownRow", code));
            } else if (row.get().kind() != RowKind.ENTERED) {
                errors.add(FieldError.of(code, "statistics.validation.notEntered", code));
            } else if (value != null) {
                problem(row.get().unit(), value).ifPresent(key -> errors.add(FieldError.of(code, key)));
            }
            if (value == null) {
                current.remove(code);
            } else {
                current.put(code, value);
            }
        });
        for (RowDefinition row : definition.rows()) {
            if (row.within() != null && values.containsKey(row.code()) || row.within() != null
                    && values.containsKey(row.within())) {
                BigDecimal part = current.getOrDefault(row.code(), BigDecimal.ZERO);
                BigDecimal total = current.getOrDefault(row.within(), BigDecimal.ZERO);
                if (part.compareTo(total) > 0 && errors.stream().noneMatch(e -> e.field().equals(row.code()))) {
                    errors.add(FieldError.of(row.code(), "statistics.validation.exceedsTotal", row.within()));
                }
            }
        }
        return errors;
    }

    private static Optional<String> problem(RowUnit unit, BigDecimal value) {
        if (value.signum() < 0) {
            return Optional.of("statistics.validation.negative");
        }
        if (value.compareTo(MAX) > 0) {
            return Optional.of("statistics.validation.tooLarge");
        }
        if (unit == RowUnit.YES_NO) {
            return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0 ? Optional.empty()
                    : Optional.of("statistics.validation.yesNo");
        }
        if (!unit.money()) {
            return value.stripTrailingZeros().scale() > 0 ? Optional.of("statistics.validation.integer")
                    : Optional.empty();
        }
        return value.stripTrailingZeros().scale() > 2 ? Optional.of("statistics.validation.scale")
                : Optional.empty();
    }
}
