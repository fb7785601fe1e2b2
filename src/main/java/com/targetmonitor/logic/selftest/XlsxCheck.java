package com.targetmonitor.logic.selftest;

import com.targetmonitor.logic.excel.export.ProgressWorkbookWriter;
import com.targetmonitor.logic.excel.read.RowSink;
import com.targetmonitor.logic.excel.read.SheetRow;
import com.targetmonitor.logic.excel.read.SpreadsheetReader;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime can write and read .xlsx: the progress workbook of the demo plan is written the way
 * the export command writes it and read back the way an import reads a file, and the plan's
 * indicator names must come back. Exercises POI, its XML stack and the AWT font metrics it sizes
 * columns with.
 */
final class XlsxCheck implements SelfCheck {

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public CheckResult run(SelfTestContext context) {
        Path file = context.folder().resolve("selftest-progress.xlsx");
        String firstIndicator;
        try (Workspace ws = Workspace.open(context.demoWorkspace())) {
            var plan = new PlanStatusService(ws).findPlan(SelfTestContext.PLAN);
            firstIndicator = ws.indicators().findByPlan(plan.id()).get(0).name();
            ProgressWorkbookWriter.write(ws, plan, SelfTestContext.AS_OF, file);
        }
        Sheets sheets = new Sheets();
        SpreadsheetReader.read(file, sheets);
        boolean found = sheets.texts.stream().anyMatch(t -> t.contains(firstIndicator));
        if (!found) {
            return CheckResult.fail("the workbook read back does not hold the indicator " + firstIndicator);
        }
        return CheckResult.ok("wrote and read back a workbook (" + sheets.names.size() + " sheets, " + sheets.rows
                + " rows)");
    }

    /** Counts what was read and keeps the cell texts to look for a known name. */
    private static final class Sheets implements RowSink {
        final List<String> names = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        int rows;

        @Override
        public boolean startSheet(String name, boolean hidden) {
            names.add(name);
            return true;
        }

        @Override
        public void row(SheetRow row) {
            rows++;
            for (int c = 0; c < row.width(); c++) {
                texts.add(row.text(c));
            }
        }

        @Override
        public void endSheet() {
            // nothing to finish
        }
    }
}
