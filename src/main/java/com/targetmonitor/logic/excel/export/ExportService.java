package com.targetmonitor.logic.excel.export;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.nio.file.Path;
import java.util.Objects;

/** Workbooks going out, as the window writes them, from the session's current workspace. */
public final class ExportService {

    private final Session session;

    public ExportService(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Writes the progress workbook of the plan at the month; returns how many indicators it holds. */
    public int writeProgressWorkbook(Plan plan, AsOf asOf, Path out) {
        Workspace ws = session.workspace();
        ProgressWorkbookWriter.write(ws, plan, asOf, out);
        return ws.indicators().findByPlan(plan.id()).size();
    }

    /** Writes one fill-in template per responsible unit for the period into the folder. */
    public TemplateResult writeTemplates(Plan plan, Period period, Path dir) {
        return TemplateWriter.write(session.workspace(), plan, period, dir);
    }
}
