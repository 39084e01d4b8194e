package org.bangfu.shared;

/**
 * Formula (CSV) injection: text from users that a spreadsheet would read as a formula. A cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return (and their full-width forms, which some
 * spreadsheet programs treat alike) is neutralised, as OWASP's CSV injection guidance advises: in a CSV file by a
 * leading single quote, in an .xlsx workbook by a text cell marked "quote prefixed" (what Excel itself stores for a
 * typed {@code '}). Every CSV and spreadsheet export goes through here; see docs/security/formula-injection.md.
 */
public final class SpreadsheetText {

    private static final String RISKY_FIRST = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet could take this text for a formula. */
    public static boolean risky(String text) {
        return text != null && !text.isEmpty() && RISKY_FIRST.indexOf(text.charAt(0)) >= 0;
    }

    /** The text for a CSV cell: unchanged, or with a leading {@code '} when it would start a formula. */
    public static String forCsv(String text) {
        return risky(text) ? "'" + text : text;
    }
}
