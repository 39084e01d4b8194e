package org.bangfu.statistics.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.shell.XlsxExport;
import org.bangfu.statistics.FormResult;
import org.bangfu.statistics.FormRow;
import org.bangfu.statistics.IdentityViolation;
import org.bangfu.statistics.RowUnit;

/**
 * A form laid out like the official one: the title merged over the four columns, the line 填报单位/填报人/电话/日期,
 * then 编号 | 项目 | 单位 | 合计 with borders; counts as whole numbers, money as {@code 0.00} (万元), yes/no as text.
 * Broken identities, if any, are listed under the table.
 */
final class FormXlsx {

    static final int HEADER_ROW = 2;

    private FormXlsx() {
    }

    static byte[] write(FormResult result, BiFunction<String, Object[], String> text,
                        String reporter, LocalDate today) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(result.form().name());
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontHeightInPoints((short) 14);
            CellStyle title = workbook.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = bordered(workbook.createCellStyle());
            CellStyle count = bordered(workbook.createCellStyle());
            count.setDataFormat(workbook.createDataFormat().getFormat("0"));
            CellStyle money = bordered(workbook.createCellStyle());
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(text.apply("statistics.form." + result.form(), new Object[0])
                    + (result.consolidated() ? text.apply("statistics.consolidatedSuffix", new Object[0]) : ""));
            titleRow.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            CellStyle quoted = XlsxExport.quotePrefixed(workbook);
            Row info = sheet.createRow(1);
            XlsxExport.text(info.createCell(0), text.apply("statistics.xlsx.info", new Object[] {result.unitName(),
                    reporter, "", today.getYear(), today.getMonthValue(), today.getDayOfMonth(),
                    result.from().toString(), result.to().toString()}), quoted);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
            Row header = sheet.createRow(HEADER_ROW);
            String[] headers = {"statistics.column.code", "statistics.column.item", "statistics.column.unit",
                    "statistics.column.total"};
            for (int c = 0; c < headers.length; c++) {
                Cell h = header.createCell(c);
                h.setCellValue(text.apply(headers[c], new Object[0]));
                h.setCellStyle(cell);
            }
            int r = HEADER_ROW + 1;
            for (FormRow row : result.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.code());
                line.createCell(1).setCellValue("  ".repeat(row.depth()) + text.apply(row.labelKey(), new Object[0]));
                line.createCell(2).setCellValue(text.apply("enum.RowUnit." + row.unit(), new Object[0]));
                Cell value = line.createCell(3);
                if (row.unit() == RowUnit.YES_NO) {
                    value.setCellValue(text.apply(row.value().signum() > 0 ? "statistics.yes" : "statistics.no",
                            new Object[0]));
                    value.setCellStyle(cell);
                } else {
                    value.setCellValue(row.value().doubleValue());
                    value.setCellStyle(row.unit().money() ? money : count);
                }
                for (int c = 0; c < 3; c++) {
                    line.getCell(c).setCellStyle(cell);
                }
            }
            for (IdentityViolation broken : result.violations()) {
                XlsxExport.text(sheet.createRow(++r).createCell(0), text.apply("statistics.violation", new Object[] {
                        broken.identity().text(), broken.totalValue().toPlainString(),
                        broken.partsValue().toPlainString()}), quoted);
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 70 * 256);
            sheet.setColumnWidth(2, 10 * 256);
            sheet.setColumnWidth(3, 14 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
