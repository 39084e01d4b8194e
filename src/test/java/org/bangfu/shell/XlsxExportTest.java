package org.bangfu.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1",
            "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "\uFF1D1+1");

    @Test
    void textThatStartsAFormulaIsAQuotePrefixedTextCellAndNeverAFormula() throws IOException {
        List<List<Object>> rows = new java.util.ArrayList<>();
        FORMULAS.forEach(f -> rows.add(List.of(f, new BigDecimal("12.50"))));
        rows.add(List.of("\u5f20\u4e09", new BigDecimal("1")));
        byte[] xlsx = XlsxExport.table("t", List.of("=name", "amount"), rows);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell header = book.getSheetAt(0).getRow(0).getCell(0);
            assertThat(header.getCellStyle().getQuotePrefixed()).isTrue();
            for (int r = 1; r <= FORMULAS.size(); r++) {
                Cell name = book.getSheetAt(0).getRow(r).getCell(0);
                assertThat(name.getCellType()).as(FORMULAS.get(r - 1)).isEqualTo(CellType.STRING);
                assertThat(name.getStringCellValue()).isEqualTo(FORMULAS.get(r - 1));
                assertThat(name.getCellStyle().getQuotePrefixed()).as(FORMULAS.get(r - 1)).isTrue();
            }
            Row plain = book.getSheetAt(0).getRow(FORMULAS.size() + 1);
            assertThat(plain.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(plain.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            book.getSheetAt(0).forEach(row -> row.forEach(cell ->
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }
}
