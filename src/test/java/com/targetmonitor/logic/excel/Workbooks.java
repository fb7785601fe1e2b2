package com.targetmonitor.logic.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small real workbooks for tests: each row an array of cells, null for no cell, a Number as a
 * numeric cell, a String starting with '=' as a formula (evaluated, so its cached value is stored).
 */
public final class Workbooks {

    private Workbooks() {
    }

    public static Path xlsx(Path file, String sheet, Object[][] rows) throws IOException {
        return write(new XSSFWorkbook(), file, sheet, rows, s -> { });
    }

    public static Path xlsx(Path file, String sheet, Object[][] rows, Consumer<Sheet> extra) throws IOException {
        return write(new XSSFWorkbook(), file, sheet, rows, extra);
    }

    public static Path xls(Path file, String sheet, Object[][] rows, Consumer<Sheet> extra) throws IOException {
        return write(new HSSFWorkbook(), file, sheet, rows, extra);
    }

    private static Path write(Workbook wb, Path file, String sheetName, Object[][] rows, Consumer<Sheet> extra)
            throws IOException {
        try (wb) {
            Sheet sheet = wb.createSheet(sheetName);
            fill(sheet, rows);
            extra.accept(sheet);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    public static void fill(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof String s && s.startsWith("=")) {
                    cell.setCellFormula(s.substring(1));
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
    }
}
