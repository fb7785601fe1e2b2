package com.targetmonitor.logic.excel.export;

import com.targetmonitor.logic.excel.stats.HeaderClassifier;
import com.targetmonitor.logic.excel.text.RowKey;
import com.targetmonitor.logic.output.OutputSet;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one fill-in workbook per responsible unit: its indicators with their targets (locked), the
 * cells to fill open and checked to be numbers, and a hidden key column so that the filled workbook
 * maps back to the indicators without matching names. The sheet is protected without a password,
 * so an officer who must change a locked cell can still unprotect it.
 */
public final class TemplateWriter {

    static final String SHEET = "填报表";
    static final int VALUE = 6;
    static final int GROWTH = 7;
    static final int NOTE = 8;
    static final int KEY = 9;

    private TemplateWriter() {
    }

    public static TemplateResult write(Workspace ws, Plan plan, Period period, Path dir) {
        Map<Long, List<Indicator>> byUnit = new LinkedHashMap<>();
        List<String> unassigned = new ArrayList<>();
        for (Indicator i : ws.indicators().findByPlan(plan.id())) {
            if (i.leadUnitId().isPresent()) {
                byUnit.computeIfAbsent(i.leadUnitId().get(), k -> new ArrayList<>()).add(i);
            } else {
                unassigned.add(i.name());
            }
        }
        Map<Long, List<Observation>> observations = ws.observations().findByPlan(plan.id());
        OutputSet set = null;
        try {
            set = new OutputSet(dir, ws.localFile().orElse(null));
            for (Map.Entry<Long, List<Indicator>> e : byUnit.entrySet()) {
                Unit unit = ws.units().find(e.getKey()).orElseThrow();
                set.add(plan.name() + "_" + unit.name() + "_填报模板", "xlsx",
                        temp -> write(plan, unit, period, e.getValue(), observations, temp));
            }
            return new TemplateResult(set.commit(), unassigned);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write templates to " + dir + ": " + e.getMessage(), e);
        } finally {
            if (set != null) {
                set.discard();
            }
        }
    }

    private static Path write(Plan plan, Unit unit, Period period, List<Indicator> indicators,
                              Map<Long, List<Observation>> observations, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            XSSFSheet sheet = wb.createSheet(SHEET);
            String when = period.year() + "年" + period.label();
            Cells.text(sheet.createRow(0), 0, plan.name() + "目标任务完成情况填报表", styles.title, styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, NOTE));
            Cells.text(sheet.createRow(1), 0, "填报部门：" + unit.name() + "　填报期间：" + when
                    + "　请在黄色单元格填写自年初累计的完成值；增速类指标填写增长百分比，下降填负数", styles.subtitle, styles.subtitle);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, NOTE));
            List<String> header = List.of("序号", "指标名称", "单位", "类型", "年度目标", "目标表述", period.label() + "累计完成",
                    "同比增长（%）", "备注", HeaderClassifier.KEY_LABEL);
            Row h = sheet.createRow(2);
            for (int c = 0; c < header.size(); c++) {
                Cells.text(h, c, header.get(c), styles.header, styles.header);
            }
            int r = 3;
            for (Indicator i : indicators) {
                Row row = sheet.createRow(r++);
                Cells.text(row, 0, i.code(), styles);
                Cells.text(row, 1, i.name(), styles);
                Cells.text(row, 2, i.unitOfMeasure(), styles);
                Cells.text(row, 3, SheetWords.kind(i.kind()), styles);
                Cells.number(row, 4, i.target().value(), styles.number);
                Cells.text(row, 5, SheetWords.target(i.target(), i.unitOfMeasure(), i.kind()), styles);
                Observation now = observations.getOrDefault(i.id(), List.of()).stream()
                        .filter(o -> o.period().year() == period.year() && o.period().endMonth() == period.endMonth())
                        .findFirst().orElse(null);
                if (i.kind() == IndicatorKind.MILESTONE) {
                    Cells.text(row, VALUE, now == null || now.value() == null ? "" : now.value() >= 1 ? SheetWords.DONE
                            : SheetWords.NOT_DONE, styles.inputText, styles.inputText);
                } else {
                    Cells.number(row, VALUE, now == null ? null : now.value(), styles.input);
                }
                Cells.number(row, GROWTH, now == null ? null : now.yoyGrowth(), styles.input);
                Cells.text(row, NOTE, "", styles.inputText, styles.inputText);
                Cells.text(row, KEY, new RowKey(plan.id(), i.id(), null).text(), styles);
            }
            int last = r - 1;
            Cells.text(sheet.createRow(r + 1), 0, "注：本表由目标进度监测系统生成，请勿增删行列或修改隐藏列；锁定单元格可在“审阅—撤销工作表保护”后修改。",
                    styles.note, styles.note);
            validate(sheet, indicators, last);
            layout(sheet);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** Numbers only in the value and growth cells; 已完成 / 未完成 for milestones. */
    private static void validate(XSSFSheet sheet, List<Indicator> indicators, int last) {
        if (last < 3) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint number = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "-1000000000000", "1000000000000");
        CellRangeAddressList numbers = new CellRangeAddressList();
        CellRangeAddressList milestones = new CellRangeAddressList();
        for (int k = 0; k < indicators.size(); k++) {
            int row = 3 + k;
            if (indicators.get(k).kind() == IndicatorKind.MILESTONE) {
                milestones.addCellRangeAddress(row, VALUE, row, VALUE);
            } else {
                numbers.addCellRangeAddress(row, VALUE, row, VALUE);
            }
        }
        numbers.addCellRangeAddress(3, GROWTH, last, GROWTH);
        add(sheet, helper.createValidation(number, numbers), "请填写数字", "完成值和增长率只能填写数字（下降填负数），不要带单位或文字。");
        if (milestones.countRanges() > 0) {
            DataValidationConstraint states = helper.createExplicitListConstraint(
                    new String[] {SheetWords.DONE, SheetWords.NOT_DONE});
            add(sheet, helper.createValidation(states, milestones), "请选择", "节点类指标请选择“已完成”或“未完成”。");
        }
    }

    private static void add(XSSFSheet sheet, DataValidation v, String title, String text) {
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(title, text);
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }

    private static void layout(XSSFSheet sheet) {
        int[] widths = {8, 34, 8, 6, 10, 20, 14, 12, 24, 12};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.setColumnHidden(KEY, true);
        sheet.createFreezePane(2, 3);
        sheet.setRepeatingRows(new CellRangeAddress(2, 2, -1, -1));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    /** A file name every system accepts: no path separators or characters Windows refuses. */
    static String safe(String name) {
        return OutputSet.clean(name);
    }
}
