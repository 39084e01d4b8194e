package org.bangfu.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A row with its value (counts as whole numbers, money in 万元 with two decimals, yes/no as 1/0). For entered rows
 * {@code own} is what this unit entered (the value adds the children's submitted figures), with who and when.
 */
public record FormRow(String code, String labelKey, RowUnit unit, RowKind kind, int depth, BigDecimal value,
                      BigDecimal own, String enteredBy, OffsetDateTime enteredAt) {
}
