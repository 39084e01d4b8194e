package org.bangfu.funds.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Columns, separator and result codes of the bank files ({@code bangfu.bank-file.*}). Each bank has its own format,
 * so the layout is configured; a wrong column name stops the application at startup instead of at the first payment
 * run. Column names are stored trimmed and in upper case; codes trimmed.
 */
@ConfigurationProperties("bangfu.bank-file")
record BankFileLayout(List<String> exportColumns, List<String> resultColumns, @DefaultValue(",") char delimiter,
                      @DefaultValue("true") boolean header, List<String> paidCodes, List<String> failedCodes) {

    enum ExportColumn { LINE_NO, PAYMENT_KEY, ACCOUNT_NUMBER, PAYEE_NAME, AMOUNT, PURPOSE, BATCH_NO }

    /** {@code IGNORED} is a column the bank sends that we skip; it may appear any number of times. */
    enum ResultColumn { PAYMENT_KEY, AMOUNT, RESULT, REASON, BANK_REFERENCE, IGNORED }

    BankFileLayout {
        exportColumns = columns("export-columns", exportColumns, ExportColumn.class,
                EnumSet.of(ExportColumn.PAYMENT_KEY, ExportColumn.ACCOUNT_NUMBER, ExportColumn.PAYEE_NAME,
                        ExportColumn.AMOUNT), null);
        resultColumns = columns("result-columns", resultColumns, ResultColumn.class,
                EnumSet.of(ResultColumn.PAYMENT_KEY, ResultColumn.AMOUNT, ResultColumn.RESULT), ResultColumn.IGNORED);
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter == '\0') {
            throw new IllegalStateException("bangfu.bank-file.delimiter: not usable as a separator: '"
                    + delimiter + "'");
        }
        // 成功 and 失败 are written as escapes: Java sources carry no Chinese text.
        paidCodes = codes("paid-codes", paidCodes, List.of("PAID", "SUCCESS", "\u6210\u529f", "0000"));
        failedCodes = codes("failed-codes", failedCodes, List.of("FAILED", "FAIL", "\u5931\u8d25"));
        Set<String> paid = upperCase(paidCodes);
        for (String code : failedCodes) {
            if (paid.contains(code.toUpperCase(Locale.ROOT))) {
                throw new IllegalStateException("bangfu.bank-file: code is both paid and failed: " + code);
            }
        }
    }

    /** The built-in layout, as if no property were set. */
    static BankFileLayout defaults() {
        return new BankFileLayout(null, null, ',', true, null, null);
    }

    List<ExportColumn> exportLayout() {
        return exportColumns.stream().map(ExportColumn::valueOf).toList();
    }

    List<ResultColumn> resultLayout() {
        return resultColumns.stream().map(ResultColumn::valueOf).toList();
    }

    static Set<String> upperCase(List<String> codes) {
        Set<String> set = new HashSet<>();
        codes.forEach(code -> set.add(code.toUpperCase(Locale.ROOT)));
        return set;
    }

    private static <E extends Enum<E>> List<String> columns(String property, List<String> given, Class<E> type,
                                                            Set<E> mandatory, E repeatable) {
        if (given == null) {
            return EnumSet.allOf(type).stream().filter(c -> c != repeatable).map(Enum::name).toList();
        }
        List<String> names = new ArrayList<>();
        Set<E> seen = EnumSet.noneOf(type);
        for (String raw : given) {
            String name = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
            E column;
            try {
                column = Enum.valueOf(type, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("bangfu.bank-file." + property + ": unknown column '" + raw
                        + "', allowed: " + EnumSet.allOf(type));
            }
            if (!seen.add(column) && column != repeatable) {
                throw new IllegalStateException("bangfu.bank-file." + property + ": column " + name + " twice");
            }
            names.add(name);
        }
        for (E column : mandatory) {
            if (!seen.contains(column)) {
                throw new IllegalStateException("bangfu.bank-file." + property + ": column " + column + " missing");
            }
        }
        return List.copyOf(names);
    }

    private static List<String> codes(String property, List<String> given, List<String> defaults) {
        if (given == null) {
            return defaults;
        }
        List<String> codes = new ArrayList<>();
        for (String code : given) {
            if (code == null || code.isBlank()) {
                throw new IllegalStateException("bangfu.bank-file." + property + ": blank code");
            }
            codes.add(code.trim());
        }
        return List.copyOf(codes);
    }
}
