package org.bangfu.funds.internal;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.bangfu.funds.internal.BankFileLayout.ExportColumn;
import org.bangfu.funds.internal.BankFileLayout.ResultColumn;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.SpreadsheetText;
import org.springframework.stereotype.Component;

/**
 * Writes bank files and reads the bank's result files in the configured {@link BankFileLayout}. Format checks only:
 * whether a key belongs to the batch and the amount agrees with it is the batch import's business. A result file is
 * checked whole, every bad line reported as {@code line N}, before any line is returned.
 */
@Component
class BankFileCodec {

    static final int MAX_LINES = 200_000;
    static final int MAX_ERRORS = 200;
    static final int MAX_REASON = 200;
    static final int MAX_BANK_REFERENCE = 64;
    private static final int PROGRESS_EVERY = 1_000;
    /** Positive, at most 2 decimals, fits NUMERIC(14,2). */
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,2})?");
    /** All of ASCII: where a charset writes it unchanged (UTF-8, GBK), ASCII text needs no encodability check. */
    private static final String ASCII = IntStream.range(0, 0x80)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final BankFileLayout layout;
    private final List<ExportColumn> exportColumns;
    private final List<ResultColumn> resultColumns;
    private final Set<String> paidCodes;
    private final Set<String> failedCodes;
    private final CSVFormat format;

    BankFileCodec(BankFileLayout layout) {
        this.layout = layout;
        this.exportColumns = layout.exportLayout();
        this.resultColumns = layout.resultLayout();
        this.paidCodes = BankFileLayout.upperCase(layout.paidCodes());
        this.failedCodes = BankFileLayout.upperCase(layout.failedCodes());
        this.format = CSVFormat.DEFAULT.builder().setDelimiter(layout.delimiter()).setRecordSeparator("\r\n")
                .setIgnoreEmptyLines(false).get();
    }

    String fileName(String batchNo, Charset charset) {
        return batchNo + "_" + charset.name() + ".csv";
    }

    byte[] write(List<ExportLine> lines, Charset charset) {
        refuseUnencodable(lines, charset);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, lines.size() * 96));
        CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (CSVPrinter printer = new CSVPrinter(
                new BufferedWriter(new OutputStreamWriter(out, encoder), 1 << 16), format)) {
            if (layout.header()) {
                printer.printRecord(layout.exportColumns());
            }
            for (ExportLine line : lines) {
                for (ExportColumn column : exportColumns) {
                    printer.print(cell(line, column));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every text the bank file would carry must be encodable, or the bank would pay a garbled name. */
    private void refuseUnencodable(List<ExportLine> lines, Charset charset) {
        CharsetEncoder check = charset.newEncoder();
        boolean asciiAsIs = Arrays.equals(ASCII.getBytes(charset), ASCII.getBytes(StandardCharsets.US_ASCII));
        Problems problems = new Problems();
        for (ExportLine line : lines) {
            for (ExportColumn column : exportColumns) {
                if (column != ExportColumn.LINE_NO && column != ExportColumn.AMOUNT) {
                    String text = (String) cell(line, column);
                    if (!(asciiAsIs && isAscii(text)) && !check.canEncode(text)) {
                        problems.add(FieldError.of("line " + line.lineNo(), "validation.bankFile.unencodable", text));
                    }
                }
            }
        }
        problems.throwIfAny();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Object cell(ExportLine line, ExportColumn column) {
        return switch (column) {
            case LINE_NO -> line.lineNo();
            case PAYMENT_KEY -> required(line, line.paymentKey(), column);
            case ACCOUNT_NUMBER -> required(line, line.accountNumber(), column);
            // text from people is neutralised against formula injection (docs/bank-file.md); the key, the account
            // number (digits only) and the amount (positive, digits and a point) never start a formula
            case PAYEE_NAME -> SpreadsheetText.forCsv(required(line, line.payeeName(), column));
            case AMOUNT -> amount(line);
            case PURPOSE -> line.purpose() == null ? "" : SpreadsheetText.forCsv(line.purpose());
            case BATCH_NO -> line.batchNo() == null ? "" : SpreadsheetText.forCsv(line.batchNo());
        };
    }

    private static String required(ExportLine line, String value, ExportColumn column) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("line " + line.lineNo() + ": " + column + " is blank");
        }
        return value;
    }

    /** Payment lines are already in yuan and fen; a third decimal here is a bug upstream, not something to round. */
    private static String amount(ExportLine line) {
        try {
            BigDecimal amount = line.amount().setScale(2, RoundingMode.UNNECESSARY);
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("line " + line.lineNo() + ": amount not positive: " + amount);
            }
            return amount.toPlainString();
        } catch (ArithmeticException | NullPointerException e) {
            throw new IllegalArgumentException("line " + line.lineNo() + ": amount not in fen: " + line.amount(), e);
        }
    }

    List<ResultLine> read(byte[] file, Charset charset, IntConsumer progress) {
        String text = decode(file, charset);
        if (text.isBlank()) {
            throw new InvalidInputException(FieldError.of("file", "validation.import.empty"));
        }
        Problems problems = new Problems();
        List<ResultLine> lines = new ArrayList<>();
        Map<String, Integer> firstLineOfKey = new HashMap<>();
        int dataLines = 0;
        long linesBefore = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (!problems.overflowed() && records.hasNext()) {
                CSVRecord record = records.next();
                int lineNo = (int) linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (lineNo == 1 && layout.header()) {
                    checkHeader(record);
                    continue;
                }
                if (isBlank(record)) {
                    continue;
                }
                if (++dataLines > MAX_LINES) {
                    throw new InvalidInputException(FieldError.of("file", "validation.import.tooMany", MAX_LINES));
                }
                readLine(record, lineNo, problems, firstLineOfKey, lines);
                if (dataLines % PROGRESS_EVERY == 0 && progress != null) {
                    progress.accept(dataLines);
                }
            }
        } catch (UncheckedIOException | IOException e) {
            // Only the lexer fails here (the text is in memory): an unclosed or misplaced quote. It cannot resync.
            problems.add(FieldError.of("line " + (linesBefore + 1), "validation.bankFile.quote"));
        }
        if (progress != null) {
            progress.accept(dataLines);
        }
        problems.throwIfAny();
        if (dataLines == 0) {
            throw new InvalidInputException(FieldError.of("file", "validation.import.empty"));
        }
        return lines;
    }

    private void checkHeader(CSVRecord record) {
        boolean matches = record.size() == resultColumns.size();
        for (int i = 0; matches && i < record.size(); i++) {
            // The bank names its extra columns as it likes.
            matches = resultColumns.get(i) == ResultColumn.IGNORED
                    || record.get(i).trim().equalsIgnoreCase(resultColumns.get(i).name());
        }
        if (!matches) {
            throw new InvalidInputException(FieldError.of("line 1", "validation.import.header",
                    String.join(String.valueOf(layout.delimiter()), layout.resultColumns())));
        }
    }

    private void readLine(CSVRecord record, int lineNo, Problems problems, Map<String, Integer> firstLineOfKey,
                          List<ResultLine> lines) {
        String where = "line " + lineNo;
        if (record.size() != resultColumns.size()) {
            problems.add(FieldError.of(where, "validation.bankFile.columns", resultColumns.size(), record.size()));
            return;
        }
        String key = "";
        String amountText = "";
        String code = "";
        String reason = "";
        String reference = "";
        for (int i = 0; i < resultColumns.size(); i++) {
            String value = record.get(i).trim();
            switch (resultColumns.get(i)) {
                case PAYMENT_KEY -> key = value;
                case AMOUNT -> amountText = value;
                case RESULT -> code = value;
                case REASON -> reason = value;
                case BANK_REFERENCE -> reference = value;
                case IGNORED -> { }
            }
        }
        if (key.isEmpty()) {
            problems.add(FieldError.of(where, "validation.bankFile.keyMissing"));
        } else {
            Integer first = firstLineOfKey.putIfAbsent(key, lineNo);
            if (first != null) {
                problems.add(FieldError.of(where, "validation.bankFile.duplicate", key, first));
            }
        }
        BigDecimal amount = AMOUNT.matcher(amountText).matches() ? new BigDecimal(amountText).setScale(2) : null;
        if (amount == null || amount.signum() <= 0) {
            problems.add(FieldError.of(where, "validation.bankFile.amount", amountText));
        }
        String upper = code.toUpperCase(Locale.ROOT);
        boolean paid = paidCodes.contains(upper);
        if (!paid && !failedCodes.contains(upper)) {
            problems.add(FieldError.of(where, "validation.bankFile.result", code));
        } else if (!paid && reason.isEmpty() && resultColumns.contains(ResultColumn.REASON)) {
            problems.add(FieldError.of(where, "validation.bankFile.reasonMissing"));
        }
        if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            problems.add(FieldError.of(where, "validation.tooLong", MAX_REASON));
        }
        if (reference.codePointCount(0, reference.length()) > MAX_BANK_REFERENCE) {
            problems.add(FieldError.of(where, "validation.tooLong", MAX_BANK_REFERENCE));
        }
        if (problems.count() == 0) { // once the file is refused, its lines are not kept
            lines.add(new ResultLine(lineNo, key, amount, paid, emptyToNull(reason), emptyToNull(reference)));
        }
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /**
     * Strict decoding: a wrongly chosen encoding is refused rather than read as garbled reasons. A UTF-8 byte order
     * mark is skipped; in a file said to be in another encoding it proves the choice wrong.
     */
    private static String decode(byte[] file, Charset charset) {
        boolean bom = file.length >= 3 && file[0] == UTF8_BOM[0] && file[1] == UTF8_BOM[1] && file[2] == UTF8_BOM[2];
        if (bom && !charset.equals(StandardCharsets.UTF_8)) {
            throw encodingError();
        }
        int start = bom ? UTF8_BOM.length : 0;
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file, start, file.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw encodingError();
        }
    }

    private static InvalidInputException encodingError() {
        return new InvalidInputException(FieldError.of("file", "validation.import.encoding"));
    }

    /** At most {@link #MAX_ERRORS} problems, then one note that there were more: a wrong file is not 200,000 lines of it. */
    private static final class Problems {

        private final List<FieldError> errors = new ArrayList<>();
        private boolean overflowed;

        void add(FieldError error) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(error);
            } else {
                overflowed = true;
            }
        }

        int count() {
            return errors.size();
        }

        boolean overflowed() {
            return overflowed;
        }

        void throwIfAny() {
            List<FieldError> all = new ArrayList<>(errors);
            if (overflowed) {
                all.add(FieldError.of("file", "validation.bankFile.tooManyErrors", MAX_ERRORS));
            }
            InvalidInputException.throwIfAny(all);
        }
    }
}
