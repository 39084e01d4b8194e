package org.bangfu.statistics;

import java.util.List;

/**
 * One row of a form: its code ({@code C11}), unit, kind, the parts it is the sum of (for {@code SUM} rows), the
 * total it is an "of which" part of ({@code within}, never above it), its indentation, and whether the consolidated
 * form takes it from the whole subtree instead of adding the children's figures (money arriving: a pass-down from
 * the parent to a child would otherwise count twice).
 */
public record RowDefinition(String code, RowUnit unit, RowKind kind, List<String> parts, String within, int depth,
                            boolean fromSubtree) {

    public RowDefinition {
        parts = List.copyOf(parts);
    }

    /** The i18n key of the row's wording: {@code statistics.row.<FORM>.<code>}. */
    public String labelKey(FormCode form) {
        return "statistics.row." + form + "." + code;
    }
}
