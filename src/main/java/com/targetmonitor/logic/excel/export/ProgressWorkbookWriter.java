package com.targetmonitor.logic.excel.export;

import com.targetmonitor.logic.output.OutputFiles;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a plan's progress workbook for an as-of month: the status table with completion and gap as
 * live formulas, status in words with conditional colours, ready to print on A4 landscape; a second
 * sheet lists responsible units and sources. Written with SXSSF (rows streamed to disk), into a
 * temporary file that replaces the target only once complete; never onto the workspace or
 * another database ({@link OutputFiles}).
 */
public final class ProgressWorkbookWriter {

    private ProgressWorkbookWriter() {
    }

    public static void write(Workspace workspace, Plan plan, AsOf asOf, Path out) {
        PlanStatus status = new PlanStatusService(workspace).status(plan, asOf);
        OutputFiles.writeUnchecked(out, workspace.localFile().orElse(null), temp -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                SheetStyles styles = new SheetStyles(wb);
                new ProgressSheet(wb, styles, status, workspace).write();
                new SourcesSheet(wb, styles, status, workspace).write();
                wb.setActiveSheet(0);
                try (OutputStream o = Files.newOutputStream(temp)) {
                    wb.write(o);
                }
            }
            return null;
        });
    }
}
