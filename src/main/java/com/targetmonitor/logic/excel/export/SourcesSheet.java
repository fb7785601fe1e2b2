package com.targetmonitor.logic.excel.export;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.StandingRow;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.persistence.Workspace;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The second sheet: who answers for each indicator and where its target and its latest figure come from. */
final class SourcesSheet {

    static final String NAME = "单位与来源";
    private static final List<String> HEADER = List.of("序号", "指标名称", "牵头单位", "配合单位", "数据期", "数据来源",
            "目标出处", "出处文件", "说明");

    private final SXSSFWorkbook wb;
    private final SheetStyles styles;
    private final PlanStatus status;

    SourcesSheet(SXSSFWorkbook wb, SheetStyles styles, PlanStatus status, Workspace workspace) {
        this.wb = wb;
        this.styles = styles;
        this.status = status;
    }

    void write() {
        SXSSFSheet sheet = wb.createSheet(NAME);
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADER.size(); c++) {
            Cells.text(header, c, HEADER.get(c), styles.header, styles.header);
        }
        int r = 1;
        for (StandingRow sr : status.rows()) {
            Indicator i = sr.standing().indicator();
            Observation o = sr.standing().observation();
            Row row = sheet.createRow(r++);
            Cells.text(row, 0, i.code(), styles);
            Cells.text(row, 1, i.name(), styles);
            Cells.text(row, 2, sr.leadUnitName(), styles);
            Cells.text(row, 3, sr.supportUnitNames(), styles);
            Cells.text(row, 4, o == null ? "" : o.period().label(), styles);
            Cells.text(row, 5, o == null ? "" : o.sourceSentence(), styles);
            Cells.text(row, 6, i.source().sentence(), styles);
            Cells.text(row, 7, i.source().document(), styles);
            Cells.text(row, 8, i.source().note(), styles);
        }
        int[] widths = {8, 30, 16, 20, 10, 40, 50, 30, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(2, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
