package org.bangfu.funds.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Writes bank files and reads the bank's result files in the configured layout (docs/bank-file.md). Reading is
 * strict: bytes that are not valid in the chosen encoding refuse the whole file, and every malformed line is
 * reported with its line number; the caller applies nothing unless the whole file is clean.
 */
@Component
class BankFileCodec {

    static final int MAX_LINES = 200_000;
    static final int MAX_ERRORS = 200;

    private final BankFileLayout layout;

    BankFileCodec(BankFileLayout layout) {
        this.layout = layout;
    }

    private CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setDelimiter(layout.delimiter()).setRecordSeparator("\r\n")
                .setTrim(true).get();
    }

    String fileName(String batchNo, Charset charset) {
        return batchNo + "_" + charset.name() + ".csv";
    }

    byte[] write(List<ExportLine> lines, Charset charset) {
        CharsetEncoder check = charset.newEncoder();
        List<FieldError> errors = new ArrayList<>();
        for (ExportLine line : lines) {
            if (!check.canEncode(line.payeeName())) {
                errors.add(FieldError.of("line " + line.lineNo(), "validation.bankFile.unencodable",
                        line.payeeName()));
            }
        }
        InvalidInputException.throwIfAny(errors);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, lines.size() * 96));
        try (Writer writer = new OutputStreamWriter(out, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             CSVPrinter printer = new CSVPrinter(writer, format())) {
            if (layout.header()) {
                printer.printRecord(layout.exportColumns());
            }
            List<Object> cells = new ArrayList<>(layout.exportColumns().size());
            for (ExportLine line : lines) {
                cells.clear();
                for (String column : layout.exportColumns()) {
                    cells.add(switch (column) {
                        case "LINE_NO" -> line.lineNo();
                        case "PAYMENT_KEY" -> line.paymentKey();
                        case "ACCOUNT_NUMBER" -> line.accountNumber();
                        case "PAYEE_NAME" -> line.payeeName();
                        case "AMOUNT" -> line.amount().setScale(2).toPlainString();
                        case "PURPOSE" -> line.purpose();
                        case "BATCH_NO" -> line.batchNo();
                        default -> throw new IllegalStateException(column);
                    });
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    List<ResultLine> read(byte[] file, Charset charset, IntConsumer progress) {
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(FieldError.of("file", "validation.import.encoding"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] physical = text.split("\r?\n|\r", -1);
        List<FieldError> errors = new ArrayList<>();
        List<ResultLine> lines = new ArrayList<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        List<String> columns = layout.resultColumns();
        CSVFormat format = format();
        int first = 0;
        if (layout.header()) {
            first = 1;
            List<String> header = physical.length == 0 ? List.of() : cells(physical[0], format);
            List<String> expected = columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            if (header.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList().equals(expected)) {
                // the configured header
            } else if (!physical[0].isBlank()) {
                throw new InvalidInputException(FieldError.of("line 1", "validation.bankFile.header",
                        String.join(String.valueOf(layout.delimiter()), columns)));
            }
        }
        int data = 0;
        for (int i = first; i < physical.length; i++) {
            if (physical[i].isBlank()) {
                continue;
            }
            data++;
            if (data > MAX_LINES) {
                throw new InvalidInputException(FieldError.of("file", "validation.import.tooMany", MAX_LINES));
            }
            int lineNo = i + 1;
            String field = "line " + lineNo;
            List<String> cells = cells(physical[i], format);
            if (data % 1000 == 0) {
                progress.accept(data);
            }
            if (errors.size() >= MAX_ERRORS) {
                continue;
            }
            if (cells.size() != columns.size()) {
                errors.add(FieldError.of(field, "validation.bankFile.columns", columns.size(), cells.size()));
                continue;
            }
            String key = null;
            BigDecimal amount = null;
            Boolean paid = null;
            String reason = null;
            String reference = null;
            int before = errors.size();
            for (int c = 0; c < columns.size(); c++) {
                String cell = cells.get(c);
                switch (columns.get(c)) {
                    case "PAYMENT_KEY" -> key = cell;
                    case "AMOUNT" -> amount = amount(cell);
                    case "RESULT" -> paid = layout.isPaid(cell) ? Boolean.TRUE
                            : layout.isFailed(cell) ? Boolean.FALSE : null;
                    case "REASON" -> reason = cell.isEmpty() ? null : cell;
                    case "BANK_REFERENCE" -> reference = cell.isEmpty() ? null : cell;
                    default -> { }
                }
                if (columns.get(c).equals("RESULT") && paid == null) {
                    errors.add(FieldError.of(field, "validation.bankFile.result", cell));
                }
                if (columns.get(c).equals("AMOUNT") && amount == null) {
                    errors.add(FieldError.of(field, "validation.bankFile.amount", cell));
                }
            }
            if (key == null || key.isEmpty()) {
                errors.add(FieldError.of(field, "validation.bankFile.keyMissing"));
            } else if (firstSeen.containsKey(key)) {
                errors.add(FieldError.of(field, "validation.bankFile.duplicate", key, firstSeen.get(key)));
            } else {
                firstSeen.put(key, lineNo);
            }
            if (Boolean.FALSE.equals(paid) && reason == null) {
                errors.add(FieldError.of(field, "validation.bankFile.reasonMissing"));
            }
            if (reason != null && reason.length() > 200) {
                errors.add(FieldError.of(field, "validation.tooLong", 200));
            }
            if (reference != null && reference.length() > 64) {
                errors.add(FieldError.of(field, "validation.tooLong", 64));
            }
            if (errors.size() == before) {
                lines.add(new ResultLine(lineNo, key, amount, paid, reason, reference));
            }
        }
        progress.accept(data);
        if (errors.size() >= MAX_ERRORS) {
            errors = new ArrayList<>(errors.subList(0, MAX_ERRORS));
            errors.add(FieldError.of("file", "validation.bankFile.tooManyErrors", MAX_ERRORS));
        }
        InvalidInputException.throwIfAny(errors);
        if (lines.isEmpty()) {
            throw new InvalidInputException(FieldError.of("file", "validation.import.empty"));
        }
        return lines;
    }

    private static List<String> cells(String line, CSVFormat format) {
        try {
            List<CSVRecord> records = format.parse(new StringReader(line)).getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    /** A positive amount with at most two decimals, or null. */
    private static BigDecimal amount(String text) {
        if (!text.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(text);
        return value.signum() > 0 ? value.setScale(2) : null;
    }
}
