package com.targetmonitor.logic.excel.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles our workbooks use, made once per workbook (Excel allows about 64,000 styles
 * per file; one per cell would run out). Text styles come in a quote-prefixed twin, used for text
 * that begins with = + - @ so that no spreadsheet program ever takes it for a formula.
 */
final class SheetStyles {

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textQuoted;
    final CellStyle number;
    final CellStyle percent;
    final CellStyle input;
    final CellStyle inputText;
    final CellStyle note;

    SheetStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = wb.createCellStyle();
        header = bordered(wb);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered(wb);
        text.setWrapText(true);
        textQuoted = bordered(wb);
        textQuoted.cloneStyleFrom(text);
        textQuoted.setQuotePrefixed(true);
        number = bordered(wb);
        number.setDataFormat(wb.createDataFormat().getFormat("General"));
        percent = bordered(wb);
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        input = bordered(wb);
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        inputText = bordered(wb);
        inputText.cloneStyleFrom(input);
        inputText.setWrapText(true);
        note = wb.createCellStyle();
        note.setWrapText(false);
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }
}
