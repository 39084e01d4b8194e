package org.bangfu.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.bangfu.shared.SpreadsheetText;

/**
 * A table as an .xlsx workbook (Apache POI, streaming, so large tables stay out of memory): a header row, then one
 * row per item. Money is a number cell formatted {@code #,##0.00}; dates and times are text in ISO form. Text is
 * always a text cell, never a formula; text a spreadsheet could take for a formula is also marked quote-prefixed
 * ({@link SpreadsheetText}).
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static byte[] table(String sheetName, List<String> headers, List<List<Object>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle quoted = quotePrefixed(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                text(header.createCell(c), headers.get(c), quoted);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    if (value instanceof BigDecimal amount) {
                        var cell = row.createCell(c);
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate || value instanceof OffsetDateTime) {
                        row.createCell(c).setCellValue(value instanceof OffsetDateTime time
                                ? Formats.dateTime(time) : value.toString());
                    } else {
                        text(row.createCell(c), value.toString(), quoted);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The style of a text cell that starts like a formula: quote-prefixed, as Excel stores a typed {@code '}. */
    public static CellStyle quotePrefixed(Workbook workbook) {
        CellStyle quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        return quoted;
    }

    /**
     * Writes user text as a text cell (never a formula); when it starts like a formula the cell gets the
     * quote-prefixed style.
     */
    public static void text(Cell cell, String value, CellStyle quoted) {
        cell.setCellValue(value);
        if (SpreadsheetText.risky(value)) {
            cell.setCellStyle(quoted);
        }
    }
}
