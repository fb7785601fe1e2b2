package com.targetmonitor.logic.excel.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean .xlsx reader gives every sheet, row, cell, hidden mark and merge exactly as POI's streaming
 * reader did (the reference keeps that path): on every workbook fixture, and on workbooks holding each
 * kind of cell (shared and inline strings, rich text, Excel's _x000D_ escapes, booleans, errors,
 * formulas with their results, dates, percentages, custom formats, hidden rows, columns and sheets).
 */
class XlsxReaderParityTest {

    @TempDir
    Path dir;

    /** Every event, in order, as one line each. */
    static final class Events implements RowSink {
        final List<String> lines = new ArrayList<>();

        @Override
        public boolean startSheet(String name, boolean hidden) {
            lines.add("sheet " + name + (hidden ? " hidden" : ""));
            return true;
        }

        @Override
        public void row(SheetRow row) {
            StringBuilder b = new StringBuilder("row ").append(row.index()).append(row.hidden() ? " hidden:" : ":");
            for (int c = 0; c < row.width(); c++) {
                b.append(" [").append(row.rawText(c)).append(']');
            }
            lines.add(b.toString());
        }

        @Override
        public void merged(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            lines.add("merged " + firstRow + "-" + lastRow + " " + firstColumn + "-" + lastColumn);
        }

        @Override
        public void hiddenColumn(int column) {
            lines.add("hidden column " + column);
        }

        @Override
        public void endSheet() {
            lines.add("end");
        }
    }

    private static void assertSame(Path file) throws Exception {
        Events poi = new Events();
        PoiStreamingReference.read(file, poi);
        Events lean = new Events();
        SpreadsheetReader.read(file, lean);
        assertThat(lean.lines).as(file.getFileName().toString()).isNotEmpty().containsExactlyElementsOf(poi.lines);
    }

    @Test
    void everyWorkbookFixtureReadsAsPoiReadIt() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/excel"))) {
            fixtures = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        assertThat(fixtures).hasSizeGreaterThan(10);
        for (Path f : fixtures) {
            assertSame(f);
        }
    }

    @Test
    void everyKindOfCellReadsAsPoiReadIt() throws Exception {
        Path file = dir.resolve("kinds.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("月报");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\""));
            CellStyle custom = wb.createCellStyle();
            custom.setDataFormat(wb.createDataFormat().getFormat("#,##0.00\"亿元\""));
            Row r0 = s.createRow(0);
            r0.createCell(0).setCellValue("指标名称 _x000D_ 换行");
            r0.createCell(1).setCellValue(0.125);
            r0.getCell(1).setCellStyle(percent);
            r0.createCell(2).setCellValue(44743);
            r0.getCell(2).setCellStyle(date);
            r0.createCell(3).setCellValue(1234567.891);
            r0.getCell(3).setCellStyle(custom);
            Row r1 = s.createRow(2);
            XSSFRichTextString rich = new XSSFRichTextString("规上工业增加值");
            rich.applyFont(0, 2, wb.createFont());
            r1.createCell(0).setCellValue(rich);
            r1.createCell(1).setCellValue(true);
            r1.createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
            r1.createCell(4).setCellFormula("B1*100");
            r1.createCell(5).setCellFormula("\"增长\"&\"8%\"");
            r1.createCell(6).setCellValue(1e-7);
            r1.createCell(7).setCellValue("  缩进的名称");
            r1.setZeroHeight(true);
            s.createRow(4).createCell(2).setCellValue(-0.0);
            s.setColumnHidden(3, true);
            s.addMergedRegion(new CellRangeAddress(4, 5, 0, 1));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Sheet other = wb.createSheet("隐藏");
            other.createRow(0).createCell(0).setCellValue("x");
            wb.setSheetHidden(1, true);
            write(wb, file);
        }
        assertSame(file);
    }

    @Test
    void inlineStringsAsSxssfWritesThemReadAsPoiReadThem() throws Exception {
        Path file = dir.resolve("inline.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            Sheet s = wb.createSheet("S");
            for (int r = 0; r < 50; r++) {
                Row row = s.createRow(r * 2);
                row.createCell(0).setCellValue("其他统计指标" + r + (r % 5 == 0 ? "_x0009_" : ""));
                row.createCell(3).setCellValue(r / 7.0);
                Cell c = row.createCell(5);
                c.setCellValue(r % 2 == 0);
            }
            write(wb, file);
        }
        assertSame(file);
    }

    /**
     * Megabytes of sheet and shared strings, in both the ways POI writes strings: names of one- to
     * four-byte characters, 万元 and 亿元 units, a merged title, cut by the lean parser's reading chunks
     * at every kind of place.
     */
    @Test
    void aLargeTableOfEveryWidthOfCharacterReadsAsPoiReadIt() throws Exception {
        String[] names = {"地区生产总值", "规上工业增加值（亿元）", "𠮷祥物产量😀", "Café 营业收入（万元）", "社会消费品零售总额 & 其他"};
        for (boolean inline : new boolean[] {false, true}) {
            Path file = dir.resolve(inline ? "large-inline.xlsx" : "large-shared.xlsx");
            try (Workbook wb = inline ? new SXSSFWorkbook(100) : new XSSFWorkbook()) {
                Sheet s = wb.createSheet("统计月报");
                s.createRow(0).createCell(0).setCellValue("金昌市2022年1-6月主要经济指标");
                s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
                Row header = s.createRow(1);
                String[] heads = {"指标名称", "计量单位", "1-6月", "增长%"};
                for (int c = 0; c < heads.length; c++) {
                    header.createCell(c).setCellValue(heads[c]);
                }
                for (int r = 0; r < 12_000; r++) {
                    Row row = s.createRow(r + 2);
                    row.createCell(0).setCellValue(names[r % names.length] + r);
                    row.createCell(1).setCellValue(r % 2 == 0 ? "万元" : "亿元");
                    row.createCell(2).setCellValue(r * 1.25 + 0.01);
                    row.createCell(3).setCellValue(r % 3 == 0 ? "下降" + r % 10 : String.valueOf(r % 10 - 4.5));
                }
                write(wb, file);
            }
            assertSame(file);
        }
    }

    private static void write(Workbook wb, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
