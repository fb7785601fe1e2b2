package com.targetmonitor.logic.excel.export;

import com.targetmonitor.logic.status.DocumentWords;
import com.targetmonitor.logic.excel.stats.HeaderClassifier;
import com.targetmonitor.logic.excel.text.RowKey;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Standing;
import com.targetmonitor.model.TimeProgress;
import com.targetmonitor.persistence.Workspace;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The status table of the progress workbook. Completion, gap and deviation are formulas over the
 * target and actual cells (an officer who corrects an actual sees them follow), with the values the
 * app computed stored as their cached results, so a viewer that does not recalculate shows the same
 * numbers as the window.
 */
final class ProgressSheet {

    static final String NAME = "进度表";
    static final List<String> HEADER = List.of("序号", "指标名称", "单位", "类型", "年度目标", "目标表述", "实际",
            "数据期", "完成率（%）", "时序进度（%）", "进度差（百分点）", "偏离（百分点）", "状态", "预警", "牵头单位", "配合单位",
            HeaderClassifier.KEY_LABEL);
    static final int HEADER_ROW = 2;
    static final int CODE = 0;
    static final int NAME_COL = 1;
    static final int TARGET = 4;
    static final int ACTUAL = 6;
    static final int COMPLETION = 8;
    static final int TIME = 9;
    static final int GAP = 10;
    static final int DEVIATION = 11;
    static final int STATUS = 12;
    static final int LIGHT = 13;
    static final int KEY = 16;
    /** Column widths in characters. */
    private static final int[] WIDTHS = {8, 34, 8, 6, 10, 18, 10, 10, 10, 10, 10, 10, 11, 7, 16, 20, 12};
    private static final float LINE_POINTS = 15f;

    private final SXSSFWorkbook wb;
    private final SheetStyles styles;
    private final PlanStatus status;
    private final Map<Integer, CellStyle> indented = new HashMap<>();

    ProgressSheet(SXSSFWorkbook wb, SheetStyles styles, PlanStatus status, Workspace workspace) {
        this.wb = wb;
        this.styles = styles;
        this.status = status;
    }

    void write() {
        SXSSFSheet sheet = wb.createSheet(NAME);
        int scale = status.plan().rules().scale();
        int month = status.asOf().monthWithin(status.plan().year());
        BigDecimal time = TimeProgress.at(month, null, scale);
        Cells.text(sheet.createRow(0), 0, status.plan().name() + "主要指标进展情况", styles.title, styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, LIGHT));
        Row sub = sheet.createRow(1);
        Cells.text(sub, 0, "截至" + status.asOf().month().getYear() + "年" + status.asOf().month().getMonthValue()
                + "月　时序进度" + time.toPlainString() + "%　完成率、进度差、偏离为公式，随实际值更新", styles.subtitle,
                styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, LIGHT));
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(2 * LINE_POINTS);
        for (int c = 0; c < HEADER.size(); c++) {
            Cells.text(header, c, HEADER.get(c), styles.header, styles.header);
        }
        int r = HEADER_ROW + 1;
        for (StandingRow row : status.rows()) {
            write(sheet.createRow(r), row, scale);
            r++;
        }
        int last = r - 1;
        layout(sheet, last);
        if (last > HEADER_ROW) {
            colours(sheet, last);
        }
    }

    private void write(Row row, StandingRow sr, int scale) {
        Standing s = sr.standing();
        Indicator i = s.indicator();
        Observation o = s.observation();
        int excelRow = row.getRowNum() + 1;
        Cells.text(row, CODE, i.code(), styles);
        Cells.text(row, NAME_COL, i.name(), indent(sr.depth(), false), indent(sr.depth(), true));
        Cells.text(row, 2, i.unitOfMeasure(), styles);
        Cells.text(row, 3, SheetWords.kind(i.kind()), styles);
        Cells.number(row, TARGET, i.target().value(), styles.number);
        Cells.text(row, 5, SheetWords.target(i.target(), i.unitOfMeasure(), i.kind()), styles);
        if (i.kind() == IndicatorKind.MILESTONE) {
            Cells.text(row, ACTUAL, s.actual() == null ? "" : s.actual() >= 1 ? SheetWords.DONE : SheetWords.NOT_DONE,
                    styles);
        } else {
            Cells.number(row, ACTUAL, s.actual(), styles.number);
        }
        Cells.text(row, 7, o == null ? "" : o.period().label(), styles);
        String g = "G" + excelRow;
        String e = "E" + excelRow;
        if (i.kind().isProgressive()) {
            cached(Cells.formula(row, COMPLETION, "IF(AND(ISNUMBER(" + g + "),ISNUMBER(" + e + ")," + e + "<>0),ROUND("
                    + g + "/" + e + "*100," + scale + "),\"\")", styles.percent), s.completionPct());
            Cells.number(row, TIME, s.timeProgressPct() == null ? null : s.timeProgressPct().doubleValue(),
                    styles.percent);
            cached(Cells.formula(row, GAP, "IF(AND(ISNUMBER(I" + excelRow + "),ISNUMBER(J" + excelRow + ")),ROUND(I"
                    + excelRow + "-J" + excelRow + "," + scale + "),\"\")", styles.percent), s.gapPts());
        } else {
            Cells.text(row, COMPLETION, "", styles);
            Cells.text(row, TIME, "", styles);
            Cells.text(row, GAP, "", styles);
        }
        if (i.kind().isRate()) {
            cached(Cells.formula(row, DEVIATION, "IF(AND(ISNUMBER(" + g + "),ISNUMBER(" + e + ")),ROUND(" + g + "-" + e
                    + "," + scale + "),\"\")", styles.percent), s.deviationPts());
        } else {
            Cells.text(row, DEVIATION, "", styles);
        }
        Cells.text(row, STATUS, DocumentWords.status(s.status()), styles);
        Cells.text(row, LIGHT, DocumentWords.light(s.light()), styles);
        Cells.text(row, 14, sr.leadUnitName(), styles);
        Cells.text(row, 15, sr.supportUnitNames(), styles);
        // Streamed rows cannot be sized by the program that opens them later: size wrapped text here.
        int lines = Math.max(lines(i.name(), WIDTHS[NAME_COL] - 2 * sr.depth()), Math.max(lines(sr.leadUnitName(),
                WIDTHS[14]), lines(sr.supportUnitNames(), WIDTHS[15])));
        row.setHeightInPoints(lines * LINE_POINTS);
        Cells.text(row, KEY, new RowKey(i.planId(), i.id(), o == null ? null : o.period()).text(), styles);
    }

    /** The result the app computed, stored with the formula for viewers that do not recalculate. */
    private static void cached(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        } else {
            cell.setCellValue("");
        }
    }

    private CellStyle indent(int depth, boolean quoted) {
        if (depth == 0) {
            return quoted ? styles.textQuoted : styles.text;
        }
        return indented.computeIfAbsent(depth * 2 + (quoted ? 1 : 0), k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(styles.text);
            s.setIndention((short) Math.min(depth * 2, 15));
            s.setQuotePrefixed(quoted);
            return s;
        });
    }

    /**
     * Lines a text needs in a column so many characters wide. Widths are in tenths of a character:
     * a Chinese character prints about 1.7 characters wide in the default fonts of Excel, WPS and
     * LibreOffice.
     */
    static int lines(String text, int columnChars) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 10 : 17;
        }
        int room = Math.max(1, columnChars) * 10;
        return Math.max(1, (width + room - 1) / room);
    }

    private void layout(SXSSFSheet sheet, int last) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.setColumnHidden(KEY, true);
        sheet.createFreezePane(2, HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, LIGHT + 2, 0, Math.max(last, HEADER_ROW));
    }

    /** Colours by the light word: the word stays readable in a grayscale print, the colour helps on screen. */
    private void colours(SXSSFSheet sheet, int last) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(HEADER_ROW + 1, last, STATUS, LIGHT)};
        String light = "$N" + (HEADER_ROW + 2);
        add(cf, range, light + "=\"红灯\"", IndexedColors.ROSE);
        add(cf, range, light + "=\"黄灯\"", IndexedColors.LIGHT_YELLOW);
        add(cf, range, light + "=\"绿灯\"", IndexedColors.LIGHT_GREEN);
        add(cf, range, light + "=\"灰灯\"", IndexedColors.GREY_25_PERCENT);
    }

    private static void add(SheetConditionalFormatting cf, CellRangeAddress[] range, String formula, IndexedColors c) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(formula);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(c.getIndex());
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        cf.addConditionalFormatting(range, rule);
    }
}
