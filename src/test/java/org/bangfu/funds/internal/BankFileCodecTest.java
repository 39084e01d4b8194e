package org.bangfu.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class BankFileCodecTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String HEADER = "PAYMENT_KEY,AMOUNT,RESULT,REASON,BANK_REFERENCE\r\n";

    private final BankFileCodec codec = new BankFileCodec(BankFileLayout.defaults());

    private static ExportLine line(int no, String key, String name, String amount) {
        return new ExportLine(no, key, "6222020200112233" + no, name, new BigDecimal(amount), "困难职工生活救助",
                "PB20261123-17");
    }

    private List<ResultLine> read(String text) {
        return codec.read(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, n -> { });
    }

    private static List<FieldError> errors(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("expected InvalidInputException");
    }

    private List<FieldError> errorsOf(String text) {
        return errors(() -> read(text));
    }

    @Test
    void exportIsAHeaderAndOneCrlfLinePerPaymentWithTwoDecimalAmounts() {
        byte[] file = codec.write(List.of(
                new ExportLine(1, "PAY-1", "6222001", "张三", new BigDecimal("500"), "生活救助", "PB1"),
                new ExportLine(2, "PAY-2", "6222002", "Li, Si", new BigDecimal("1234.5"), null, "PB1")),
                StandardCharsets.UTF_8);

        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo(
                "LINE_NO,PAYMENT_KEY,ACCOUNT_NUMBER,PAYEE_NAME,AMOUNT,PURPOSE,BATCH_NO\r\n"
                        + "1,PAY-1,6222001,张三,500.00,生活救助,PB1\r\n"
                        + "2,PAY-2,6222002,\"Li, Si\",1234.50,,PB1\r\n");
        assertThat(file[0]).as("no byte order mark").isEqualTo((byte) 'L');
    }

    @Test
    void namesAndPurposesThatStartAFormulaAreNeutralisedWithALeadingQuoteWhileKeysAccountsAndAmountsStayAsTheBankReadsThem()
            throws java.io.IOException {
        List<String> names = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-1", "@SUM(A1:A9)",
                "\tcmd", "\r=1+1", "\uFF1D1+1");
        List<ExportLine> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add(new ExportLine(i + 1, "PAY-" + (i + 1), "622200" + i, names.get(i), new BigDecimal("500"),
                    "@purpose", "PB1"));
        }
        lines.add(new ExportLine(99, "PAY-99", "6222099", "\u5f20\u4e09", new BigDecimal("1.5"), null, "PB1"));
        byte[] file = codec.write(lines, StandardCharsets.UTF_8);

        try (org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVParser.parse(
                new String(file, StandardCharsets.UTF_8),
                org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<org.apache.commons.csv.CSVRecord> records = csv.getRecords();
            for (int i = 0; i < names.size(); i++) {
                assertThat(records.get(i).get("PAYEE_NAME")).isEqualTo("'" + names.get(i));
                assertThat(records.get(i).get("PURPOSE")).isEqualTo("'@purpose");
                assertThat(records.get(i).get("PAYMENT_KEY")).isEqualTo("PAY-" + (i + 1));
                assertThat(records.get(i).get("ACCOUNT_NUMBER")).isEqualTo("622200" + i);
                assertThat(records.get(i).get("AMOUNT")).isEqualTo("500.00");
            }
            assertThat(records.get(names.size()).get("PAYEE_NAME")).isEqualTo("\u5f20\u4e09");
            assertThat(records.get(names.size()).get("AMOUNT")).isEqualTo("1.50");
        }
    }

    @Test
    void exportInGbkWritesTwoBytesPerChineseCharacter() {
        byte[] file = new BankFileCodec(new BankFileLayout(List.of("PAYEE_NAME", "PAYMENT_KEY", "ACCOUNT_NUMBER",
                "AMOUNT"), null, ',', false, null, null))
                .write(List.of(new ExportLine(1, "K", "6222", "王五", new BigDecimal("0.01"), null, null)), GBK);

        assertThat(file).isEqualTo(new byte[] {(byte) 0xCD, (byte) 0xF5, (byte) 0xCE, (byte) 0xE5,
                ',', 'K', ',', '6', '2', '2', '2', ',', '0', '.', '0', '1', '\r', '\n'});
    }

    @Test
    void aNameThatGbkCannotEncodeIsRefusedWithItsLine() {
        List<FieldError> errors = errors(() -> codec.write(List.of(line(1, "PAY-1", "张三", "10"),
                line(2, "PAY-2", "李😀", "10")), GBK));

        assertThat(errors).containsExactly(FieldError.of("line 2", "validation.bankFile.unencodable", "李😀"));
        assertThat(codec.write(List.of(line(2, "PAY-2", "李😀", "10")), StandardCharsets.UTF_8)).isNotEmpty();
    }

    @Test
    void anAmountWithFractionsOfAFenIsABugAndNotRounded() {
        assertThatThrownBy(() -> codec.write(List.of(line(7, "PAY-7", "张三", "1.005")), StandardCharsets.UTF_8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 7");
    }

    @Test
    void aResultFileBuiltFromTheExportRoundTripsInUtf8AndGbk() {
        for (Charset charset : List.of(StandardCharsets.UTF_8, GBK)) {
            List<ExportLine> exported = List.of(line(1, "PAY-1", "张三", "500"), line(2, "PAY-2", "欧阳娜娜", "1200.5"),
                    line(3, "PAY-3", "买买提·艾力", "0.01"));
            List<List<String>> rows = new CsvRows(codec.write(exported, charset), charset).rows();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(2)).containsExactly("2", "PAY-2", "62220202001122332", "欧阳娜娜", "1200.50",
                    "困难职工生活救助", "PB20261123-17");

            StringBuilder result = new StringBuilder(HEADER);
            for (List<String> row : rows.subList(1, rows.size())) {
                boolean fails = row.get(1).equals("PAY-3");
                result.append(row.get(1)).append(',').append(row.get(4)).append(',')
                        .append(fails ? "失败,账户已销户," : "成功,,BR" + row.get(0)).append("\r\n");
            }
            List<ResultLine> read = codec.read(result.toString().getBytes(charset), charset, n -> { });

            assertThat(read).containsExactly(
                    new ResultLine(2, "PAY-1", new BigDecimal("500.00"), true, null, "BR1"),
                    new ResultLine(3, "PAY-2", new BigDecimal("1200.50"), true, null, "BR2"),
                    new ResultLine(4, "PAY-3", new BigDecimal("0.01"), false, "账户已销户", null));
        }
    }

    @Test
    void resultCodesAreTrimmedAndCaseInsensitive() {
        List<ResultLine> lines = read(HEADER + "A, 12.3 , paid ,,\r\nB,1,0000,,\r\nC,1,Fail,no card,R9\n");

        assertThat(lines).extracting(ResultLine::paymentKey, ResultLine::amount, ResultLine::paid,
                ResultLine::reason, ResultLine::bankReference).containsExactly(
                tuple("A", new BigDecimal("12.30"), true, null, null),
                tuple("B", new BigDecimal("1.00"), true, null, null),
                tuple("C", new BigDecimal("1.00"), false, "no card", "R9"));
    }

    @Test
    void blankLinesAreSkippedButCountedAndAQuotedLineBreakKeepsLineNumbersPhysical() {
        List<ResultLine> lines = read(HEADER + "\r\nA,1,PAID,,\r\n   \r\nB,2,FAILED,\"two\r\nlines\",\r\nC,3,PAID,,");

        assertThat(lines).extracting(ResultLine::lineNo, ResultLine::paymentKey)
                .containsExactly(tuple(3, "A"), tuple(5, "B"), tuple(7, "C"));
        assertThat(lines.get(1).reason()).isEqualTo("two\r\nlines");
    }

    @Test
    void everyProblemOfALineIsReportedWithItsLineNumber() {
        List<FieldError> errors = errorsOf(HEADER
                + "A,10.00,PAID,,\r\n"
                + ",10.001,MAYBE,,\r\n"
                + "C,-5,FAILED,,\r\n"
                + "A,0,FAILED, ,\r\n"
                + "E,1,2\r\n"
                + "F,abc,PAID," + "x".repeat(201) + "," + "r".repeat(65) + "\r\n");

        assertThat(errors).containsExactly(
                FieldError.of("line 3", "validation.bankFile.keyMissing"),
                FieldError.of("line 3", "validation.bankFile.amount", "10.001"),
                FieldError.of("line 3", "validation.bankFile.result", "MAYBE"),
                FieldError.of("line 4", "validation.bankFile.amount", "-5"),
                FieldError.of("line 4", "validation.bankFile.reasonMissing"),
                FieldError.of("line 5", "validation.bankFile.duplicate", "A", 2),
                FieldError.of("line 5", "validation.bankFile.amount", "0"),
                FieldError.of("line 5", "validation.bankFile.reasonMissing"),
                FieldError.of("line 6", "validation.bankFile.columns", 5, 3),
                FieldError.of("line 7", "validation.bankFile.amount", "abc"),
                FieldError.of("line 7", "validation.tooLong", 200),
                FieldError.of("line 7", "validation.tooLong", 64));
    }

    @Test
    void aReasonOfExactly200AndAReferenceOf64CharactersAreAccepted() {
        List<ResultLine> lines = read(HEADER + "A,1,FAILED," + "因".repeat(200) + "," + "r".repeat(64) + "\r\n");

        assertThat(lines.get(0).reason()).hasSize(200);
        assertThat(lines.get(0).bankReference()).hasSize(64);
    }

    @Test
    void afterTwoHundredProblemsReadingStopsWithOneNote() {
        String body = IntStream.rangeClosed(1, 500).mapToObj(i -> "K" + i + ",x,PAID,,\r\n")
                .collect(Collectors.joining());
        List<FieldError> errors = errorsOf(HEADER + body);

        assertThat(errors).hasSize(201);
        assertThat(errors.get(199)).isEqualTo(FieldError.of("line 201", "validation.bankFile.amount", "x"));
        assertThat(errors.get(200)).isEqualTo(FieldError.of("file", "validation.bankFile.tooManyErrors", 200));
    }

    @Test
    void exactlyTwoHundredProblemsCarryNoNote() {
        String body = IntStream.rangeClosed(1, 200).mapToObj(i -> "K" + i + ",x,PAID,,\r\n")
                .collect(Collectors.joining());

        assertThat(errorsOf(HEADER + body)).hasSize(200)
                .noneMatch(e -> e.messageKey().equals("validation.bankFile.tooManyErrors"));
    }

    @Test
    void aWrongHeaderIsRefusedOnLineOne() {
        assertThat(errorsOf("PAYMENT_KEY,RESULT,AMOUNT,REASON,BANK_REFERENCE\r\nA,PAID,1,,\r\n")).containsExactly(
                FieldError.of("line 1", "validation.import.header",
                        "PAYMENT_KEY,AMOUNT,RESULT,REASON,BANK_REFERENCE"));
        assertThat(read(" payment_key ,Amount,result,REASON,bank_reference\nA,1,PAID,,\n")).hasSize(1);
    }

    @Test
    void anEmptyFileOrAHeaderAloneIsRefused() {
        assertThat(errorsOf("")).containsExactly(FieldError.of("file", "validation.import.empty"));
        assertThat(errorsOf("\r\n \r\n")).containsExactly(FieldError.of("file", "validation.import.empty"));
        assertThat(errorsOf(HEADER + "\r\n")).containsExactly(FieldError.of("file", "validation.import.empty"));
    }

    @Test
    void moreThanTwoHundredThousandLinesAreRefused() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= BankFileCodec.MAX_LINES + 1; i++) {
            text.append('K').append(i).append(",1,PAID,,\n");
        }
        assertThat(errorsOf(text.toString())).containsExactly(
                FieldError.of("file", "validation.import.tooMany", 200_000));
    }

    @Test
    void anUnclosedQuoteIsReportedOnItsLine() {
        assertThat(errorsOf(HEADER + "A,1,PAID,,\r\nB,1,FAILED,\"no end,\r\n")).containsExactly(
                FieldError.of("line 3", "validation.bankFile.quote"));
    }

    @Test
    void bytesThatAreNotValidInTheChosenEncodingAreRefused() {
        byte[] gbk = (HEADER + "A,1,失败,卡号错误,\r\n").getBytes(GBK);
        byte[] badGbk = (HEADER + "A,1,PAID,,").getBytes(StandardCharsets.US_ASCII);
        badGbk = java.util.Arrays.copyOf(badGbk, badGbk.length + 2);
        badGbk[badGbk.length - 2] = (byte) 0x81;
        badGbk[badGbk.length - 1] = (byte) 0x0A;
        byte[] finalBadGbk = badGbk;
        FieldError encoding = FieldError.of("file", "validation.import.encoding");

        assertThat(errors(() -> codec.read(gbk, StandardCharsets.UTF_8, n -> { }))).containsExactly(encoding);
        assertThat(errors(() -> codec.read(finalBadGbk, GBK, n -> { }))).containsExactly(encoding);
        assertThat(codec.read(gbk, GBK, n -> { }).get(0).reason()).isEqualTo("卡号错误");
    }

    @Test
    void aUtf8ByteOrderMarkIsSkippedInUtf8AndProvesGbkWrong() {
        byte[] body = (HEADER + "A,1,成功,,\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        assertThat(codec.read(withBom, StandardCharsets.UTF_8, n -> { }))
                .containsExactly(new ResultLine(2, "A", new BigDecimal("1.00"), true, null, null));
        assertThat(errors(() -> codec.read(withBom, GBK, n -> { })))
                .containsExactly(FieldError.of("file", "validation.import.encoding"));
    }

    @Test
    void aBankWithItsOwnLayoutPipesNoHeaderAndExtraColumnsIsRead() {
        // The example of docs/bank-file.md.
        BankFileCodec custom = new BankFileCodec(new BankFileLayout(null,
                List.of("IGNORED", "PAYMENT_KEY", "ignored", "AMOUNT", "RESULT", "REASON", "BANK_REFERENCE"), '|',
                false, List.of("00"), List.of("E1", "E2")));

        List<ResultLine> lines = custom.read(("20261124|PAY-000123|张三|500.00|00||B8812345\n"
                + "20261124|PAY-000124|李四|80|E1|户名不符|\n").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, n -> { });

        assertThat(lines).containsExactly(
                new ResultLine(1, "PAY-000123", new BigDecimal("500.00"), true, null, "B8812345"),
                new ResultLine(2, "PAY-000124", new BigDecimal("80.00"), false, "户名不符", null));
        assertThat(errors(() -> custom.read("x|PAY-1|y|1|PAID||\n".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8, n -> { })))
                .containsExactly(FieldError.of("line 1", "validation.bankFile.result", "PAID"));
    }

    @Test
    void aBankThatSendsNoReasonsMayReportFailuresWithoutOne() {
        BankFileCodec noReasons = new BankFileCodec(new BankFileLayout(null,
                List.of("PAYMENT_KEY", "AMOUNT", "RESULT"), ',', false, null, null));

        assertThat(noReasons.read("A,1,FAILED\n".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, n -> { }))
                .containsExactly(new ResultLine(1, "A", new BigDecimal("1.00"), false, null, null));
    }

    @Test
    void theHeaderOfIgnoredColumnsMayNameAnything() {
        BankFileCodec custom = new BankFileCodec(new BankFileLayout(null,
                List.of("PAYMENT_KEY", "AMOUNT", "RESULT", "IGNORED"), ',', true, null, null));

        assertThat(custom.read("payment_key,amount,result,交易日期\nA,1,PAID,2026-11-24\n"
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, n -> { })).hasSize(1);
    }

    @Test
    void aCustomExportLayoutWritesOnlyItsColumnsInItsOrder() {
        BankFileCodec custom = new BankFileCodec(new BankFileLayout(
                List.of("AMOUNT", "ACCOUNT_NUMBER", "PAYEE_NAME", "PAYMENT_KEY"), null, '|', true, null, null));

        assertThat(new String(custom.write(List.of(new ExportLine(1, "K1", "6222", "张三", new BigDecimal("3.10"),
                "x", "B")), StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo("AMOUNT|ACCOUNT_NUMBER|PAYEE_NAME|PAYMENT_KEY\r\n3.10|6222|张三|K1\r\n");
    }

    @Test
    void theLayoutRefusesUnknownMissingAndRepeatedColumns() {
        assertThatThrownBy(() -> new BankFileLayout(List.of("LINE_NO", "PAYMENT_KEY", "ACCOUNT_NUMBER", "PAYEE_NAME",
                "AMOUNT", "IBAN"), null, ',', true, null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("IBAN");
        assertThatThrownBy(() -> new BankFileLayout(List.of("PAYMENT_KEY", "ACCOUNT_NUMBER", "AMOUNT"), null, ',',
                true, null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PAYEE_NAME");
        assertThatThrownBy(() -> new BankFileLayout(null, List.of("PAYMENT_KEY", "AMOUNT", "IGNORED"), ',', true,
                null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RESULT");
        assertThatThrownBy(() -> new BankFileLayout(null, List.of("PAYMENT_KEY", "AMOUNT", "RESULT", "AMOUNT"), ',',
                true, null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AMOUNT twice");
        assertThatThrownBy(() -> new BankFileLayout(null, null, ',', true, List.of("OK"), List.of("ok")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ok");
    }

    @Test
    void absentPropertiesGiveTheDefaultsAndAPipeDelimiterBinds() {
        BankFileLayout defaults = Binder.get(new org.springframework.core.env.StandardEnvironment())
                .bindOrCreate("bangfu.bank-file", BankFileLayout.class);
        assertThat(defaults).isEqualTo(BankFileLayout.defaults());
        assertThat(defaults.exportColumns()).containsExactly("LINE_NO", "PAYMENT_KEY", "ACCOUNT_NUMBER",
                "PAYEE_NAME", "AMOUNT", "PURPOSE", "BATCH_NO");
        assertThat(defaults.resultColumns()).containsExactly("PAYMENT_KEY", "AMOUNT", "RESULT", "REASON",
                "BANK_REFERENCE");
        assertThat(defaults.delimiter()).isEqualTo(',');
        assertThat(defaults.header()).isTrue();
        assertThat(defaults.paidCodes()).containsExactly("PAID", "SUCCESS", "成功", "0000");
        assertThat(defaults.failedCodes()).containsExactly("FAILED", "FAIL", "失败");

        BankFileLayout bank = new Binder(new MapConfigurationPropertySource(Map.of(
                "bangfu.bank-file.delimiter", "|", "bangfu.bank-file.header", "false",
                "bangfu.bank-file.result-columns", "IGNORED,PAYMENT_KEY,AMOUNT,RESULT")))
                .bindOrCreate("bangfu.bank-file", BankFileLayout.class);
        assertThat(bank.delimiter()).isEqualTo('|');
        assertThat(bank.header()).isFalse();
        assertThat(bank.resultColumns()).containsExactly("IGNORED", "PAYMENT_KEY", "AMOUNT", "RESULT");
    }

    @Test
    void progressIsReportedEveryThousandLinesAndWithTheFinalCount() {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= 2_500; i++) {
            text.append('K').append(i).append(",1,PAID,,\r\n");
        }
        List<Integer> reported = new ArrayList<>();

        List<ResultLine> lines = codec.read(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                reported::add);

        assertThat(lines).hasSize(2_500);
        assertThat(reported).containsExactly(1_000, 2_000, 2_500);
    }

    /** Large files round-trip; how fast is the benchmark's business (PaymentBatchBenchmark), not a test's. */
    @Test
    void aHundredThousandLinesRoundTrip() {
        List<ExportLine> lines = IntStream.rangeClosed(1, 100_000)
                .mapToObj(i -> line(i, "PAY-" + i, "欧阳娜娜", "1234.56")).toList();
        byte[] file = codec.write(lines, GBK);
        assertThat(new CsvRows(file, GBK).rows()).hasSize(100_001);
        StringBuilder result = new StringBuilder(HEADER);
        lines.forEach(l -> result.append(l.paymentKey()).append(",1234.56,SUCCESS,,\r\n"));
        assertThat(codec.read(result.toString().getBytes(GBK), GBK, n -> { })).hasSize(100_000);
    }

    @Test
    void theFileNameCarriesTheBatchAndTheEncoding() {
        assertThat(codec.fileName("PB20261123-17", StandardCharsets.UTF_8)).isEqualTo("PB20261123-17_UTF-8.csv");
        assertThat(codec.fileName("PB20261123-17", GBK)).isEqualTo("PB20261123-17_GBK.csv");
    }

    /** Reads an exported file back with Commons CSV, independently of the codec's reader. */
    private record CsvRows(byte[] file, Charset charset) {
        List<List<String>> rows() {
            try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.parse(
                    new java.io.StringReader(new String(file, charset)))) {
                return parser.stream().map(r -> r.toList()).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
