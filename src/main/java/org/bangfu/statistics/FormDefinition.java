package org.bangfu.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of a form in the order of the official layout, and its identities: every {@code SUM} row equals the sum
 * of its parts, every "of which" row is not above its total, plus any further identities (the exit form counts the
 * same households once by grade and once by route). {@link #check} finds the identities a set of values breaks.
 */
public record FormDefinition(FormCode form, List<RowDefinition> rows, List<Identity> extraIdentities) {

    public FormDefinition {
        rows = List.copyOf(rows);
        extraIdentities = List.copyOf(extraIdentities);
    }

    public static FormDefinition of(FormCode form) {
        return switch (form) {
            case WARMTH -> FormDefinitions.WARMTH;
            case CENTRE -> FormDefinitions.CENTRE;
            case EXIT -> FormDefinitions.EXIT;
        };
    }

    public Optional<RowDefinition> row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** Every identity of the form: the sums, the "of which" limits and the extra ones. */
    public List<Identity> identities() {
        List<Identity> all = new ArrayList<>();
        for (RowDefinition row : rows) {
            if (row.kind() == RowKind.SUM) {
                all.add(new Identity(row.code(), row.parts(), false));
            }
            if (row.within() != null) {
                all.add(new Identity(row.within(), List.of(row.code()), true));
            }
        }
        all.addAll(extraIdentities);
        return all;
    }

    /** The identities the values break (a missing value counts as zero). */
    public List<IdentityViolation> check(Map<String, BigDecimal> values) {
        List<IdentityViolation> broken = new ArrayList<>();
        for (Identity identity : identities()) {
            BigDecimal total = values.getOrDefault(identity.total(), BigDecimal.ZERO);
            BigDecimal parts = identity.parts().stream().map(p -> values.getOrDefault(p, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean holds = identity.atLeast() ? total.compareTo(parts) >= 0 : total.compareTo(parts) == 0;
            if (!holds) {
                broken.add(new IdentityViolation(identity, total, parts));
            }
        }
        return broken;
    }

    /** Fills in the {@code SUM} rows from their parts (parts may be sums themselves). */
    public Map<String, BigDecimal> withSums(Map<String, BigDecimal> leaves) {
        Map<String, BigDecimal> values = new LinkedHashMap<>(leaves);
        for (RowDefinition row : rows) {
            sum(row, values);
        }
        return values;
    }

    private BigDecimal sum(RowDefinition row, Map<String, BigDecimal> values) {
        if (row.kind() != RowKind.SUM) {
            return values.computeIfAbsent(row.code(), c -> BigDecimal.ZERO);
        }
        BigDecimal total = row.parts().stream().map(p -> sum(row(p).orElseThrow(), values))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        values.put(row.code(), total);
        return total;
    }
}
