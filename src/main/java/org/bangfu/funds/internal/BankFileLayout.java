package org.bangfu.funds.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The column layout of bank files ({@code bangfu.bank-file.*}, see docs/bank-file.md): which columns the exported
 * file has and in what order, which columns the bank's result file has, the delimiter, whether there is a header
 * row, and the bank's codes for paid and failed. Checked at startup: an unknown column or a missing required one
 * stops the application with a message naming it.
 */
@ConfigurationProperties("bangfu.bank-file")
record BankFileLayout(List<String> exportColumns, List<String> resultColumns, Character delimiter, Boolean header,
                      List<String> paidCodes, List<String> failedCodes) {

    static final Set<String> EXPORT = Set.of("LINE_NO", "PAYMENT_KEY", "ACCOUNT_NUMBER", "PAYEE_NAME", "AMOUNT",
            "PURPOSE", "BATCH_NO");
    static final Set<String> RESULT = Set.of("PAYMENT_KEY", "AMOUNT", "RESULT", "REASON", "BANK_REFERENCE",
            "IGNORED");

    BankFileLayout {
        exportColumns = upper(exportColumns == null || exportColumns.isEmpty() ? List.of("LINE_NO", "PAYMENT_KEY",
                "ACCOUNT_NUMBER", "PAYEE_NAME", "AMOUNT", "PURPOSE", "BATCH_NO") : exportColumns);
        resultColumns = upper(resultColumns == null || resultColumns.isEmpty() ? List.of("PAYMENT_KEY", "AMOUNT",
                "RESULT", "REASON", "BANK_REFERENCE") : resultColumns);
        delimiter = delimiter == null ? ',' : delimiter;
        header = header == null || header;
        paidCodes = paidCodes == null || paidCodes.isEmpty() ? List.of("PAID", "SUCCESS", "\u6210\u529f", "0000") : paidCodes;
        failedCodes = failedCodes == null || failedCodes.isEmpty() ? List.of("FAILED", "FAIL", "\u5931\u8d25") : failedCodes;
        check("export-columns", exportColumns, EXPORT, List.of("PAYMENT_KEY", "ACCOUNT_NUMBER", "PAYEE_NAME",
                "AMOUNT"));
        check("result-columns", resultColumns, RESULT, List.of("PAYMENT_KEY", "AMOUNT", "RESULT"));
    }

    private static List<String> upper(List<String> names) {
        return names.stream().map(n -> n.trim().toUpperCase(Locale.ROOT)).toList();
    }

    private static void check(String property, List<String> columns, Set<String> allowed, List<String> required) {
        for (String column : columns) {
            if (!allowed.contains(column)) {
                throw new IllegalStateException("bangfu.bank-file." + property + ": unknown column " + column
                        + " (allowed: " + allowed + ")");
            }
            if (!column.equals("IGNORED") && columns.indexOf(column) != columns.lastIndexOf(column)) {
                throw new IllegalStateException("bangfu.bank-file." + property + ": column " + column + " twice");
            }
        }
        for (String column : required) {
            if (!columns.contains(column)) {
                throw new IllegalStateException("bangfu.bank-file." + property + ": column " + column
                        + " is required");
            }
        }
    }

    boolean isPaid(String code) {
        return paidCodes.stream().anyMatch(c -> c.trim().equalsIgnoreCase(code.trim()));
    }

    boolean isFailed(String code) {
        return failedCodes.stream().anyMatch(c -> c.trim().equalsIgnoreCase(code.trim()));
    }
}
