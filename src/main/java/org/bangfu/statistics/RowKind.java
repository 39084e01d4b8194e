package org.bangfu.statistics;

/** Where a row's value comes from: the records (computed), the unit (entered), or the sum of other rows. */
public enum RowKind {
    COMPUTED, ENTERED, SUM
}
