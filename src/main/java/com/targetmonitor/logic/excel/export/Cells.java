package com.targetmonitor.logic.excel.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/** Writes cells as text or numbers, never as formulas unless asked: officers' text stays text. */
final class Cells {

    private Cells() {
    }

    /** Text that begins with = + - @ is marked quote-prefixed: Excel, WPS and LibreOffice then keep it text. */
    static Cell text(Row row, int column, String value, SheetStyles styles) {
        return text(row, column, value, styles.text, styles.textQuoted);
    }

    static Cell text(Row row, int column, String value, CellStyle plain, CellStyle quoted) {
        Cell cell = row.createCell(column);
        String v = value == null ? "" : value;
        cell.setCellValue(v);
        cell.setCellStyle(startsLikeFormula(v) ? quoted : plain);
        return cell;
    }

    static Cell number(Row row, int column, Double value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        return cell;
    }

    static Cell formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    static boolean startsLikeFormula(String v) {
        return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0;
    }
}
