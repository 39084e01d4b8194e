package org.bangfu.audit;

/**
 * The outcome of a chain verification: intact with the number of rows checked, or the first bad row.
 *
 * @param checked      rows that verified before the run stopped (all of them when intact)
 * @param total        the chain length the head announced when the run began
 * @param badPosition  chain position of the first bad row (null when intact)
 * @param badEventId   {@code audit_event.id} of that row (null when intact or when the row is missing)
 * @param problem      what mismatched (null when intact)
 * @param detail       expected and found values, for the log and the command line (not translated)
 */
public record ChainVerification(long checked, long total, Long badPosition, Long badEventId, Problem problem,
        String detail) {

    public enum Problem {
        /** The row's fields no longer give its stored row_hash: the row was changed. */
        ROW_HASH,
        /** The row's prev_hash is not the previous row's row_hash: a row was removed, inserted or re-linked. */
        PREV_HASH,
        /** The position is not the next one: rows are missing before it. */
        POSITION,
        /** The chain ends before the head: rows at the end are missing, or the head was changed. */
        HEAD
    }

    public static ChainVerification intact(long checked) {
        return new ChainVerification(checked, checked, null, null, null, null);
    }

    public boolean isIntact() {
        return problem == null;
    }

    /** One line in English, as the command prints it. */
    public String summary() {
        if (isIntact()) {
            return "audit chain OK: " + checked + " rows verified";
        }
        return "audit chain BROKEN at position " + badPosition + (badEventId == null ? "" : " (audit_event.id "
                + badEventId + ")") + ": " + problem + " - " + detail + "; " + checked + " of " + total
                + " rows verified before it";
    }
}
