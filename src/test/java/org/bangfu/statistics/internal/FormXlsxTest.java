package org.bangfu.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.FormResult;
import org.junit.jupiter.api.Test;

class FormXlsxTest {

    @Test
    void aUnitNameThatStartsAFormulaIsWrittenAsQuotePrefixedText() throws IOException {
        String evil = "=cmd|'/c calc'!A1";
        FormResult result = new FormResult(FormCode.values()[0], 1, "410100", evil, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), false, List.of(), List.of(), null);
        byte[] xlsx = FormXlsx.write(result, (key, args) -> "statistics.xlsx.info".equals(key)
                ? String.valueOf(args[0]) : key, "=reporter", LocalDate.of(2026, 12, 7));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell info = book.getSheetAt(0).getRow(1).getCell(0);
            assertThat(info.getCellType()).isEqualTo(CellType.STRING);
            assertThat(info.getStringCellValue()).isEqualTo(evil);
            assertThat(info.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }
}
