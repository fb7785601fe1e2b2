package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.excel.export.ExportService;
import com.targetmonitor.logic.excel.export.TemplateResult;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.PeriodTexts;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.dialog.FileType;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Workbooks going out: the progress workbook of the shown plan at the shown month (导出进度工作簿…)
 * and one fill-in template per responsible unit (生成部门模板…), both written off the FX thread;
 * the officer is told what was written, or why not.
 */
public final class ExcelExportViewModel {

    private final ExportService exports;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final Supplier<Plan> plan;
    private final Supplier<AsOf> asOf;

    /**
     * @param plan the plan the window shows, or null
     * @param asOf the as-of month the window shows, or null
     */
    public ExcelExportViewModel(ExportService exports, TaskExecutor tasks, DialogService dialogs, Supplier<Plan> plan,
                                Supplier<AsOf> asOf) {
        this.exports = Objects.requireNonNull(exports, "exports");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** Asks where, then writes the progress workbook of the shown plan and month. */
    public void exportWorkbook() {
        Plan p = plan.get();
        AsOf month = asOf.get();
        if (p == null || month == null) {
            return;
        }
        String label = PeriodTexts.label(period(month));
        Optional<Path> chosen = dialogs.chooseFileToSave(I18n.get(ExcelMsg.EXCEL_EXPORT_TITLE),
                I18n.get(ExcelMsg.EXCEL_EXPORT_FILE_NAME, p.name(), label),
                FileType.of(I18n.get(ExcelMsg.EXCEL_FILE_TYPE_XLSX), "xlsx"));
        if (chosen.isEmpty()) {
            return;
        }
        Path out = withExtension(chosen.get());
        tasks.execute(BackgroundTask.of(I18n.get(ExcelMsg.EXCEL_EXPORT_WRITING, out.getFileName().toString()),
                (progress, cancel) -> exports.writeProgressWorkbook(p, month, out))
                .onSuccess(n -> dialogs.showInfo(I18n.get(ExcelMsg.EXCEL_EXPORT_DONE_TITLE),
                        I18n.get(ExcelMsg.EXCEL_EXPORT_DONE, out.toString(), String.valueOf(n),
                                month.month().getYear() + " " + label)))
                .onFailure(error -> dialogs.showError(I18n.get(ExcelMsg.EXCEL_EXPORT_FAILED_TITLE),
                        I18n.get(ExcelMsg.EXCEL_EXPORT_FAILED, out.toString(), why(error)))));
    }

    /** Asks for a folder, then writes one template per responsible unit for the shown month. */
    public void writeTemplates() {
        Plan p = plan.get();
        if (p == null) {
            return;
        }
        Optional<Path> dir = dialogs.chooseDirectory(I18n.get(ExcelMsg.EXCEL_TEMPLATES_CHOOSE));
        if (dir.isEmpty()) {
            return;
        }
        Period period = templatePeriod(p, asOf.get());
        tasks.execute(BackgroundTask.of(I18n.get(ExcelMsg.EXCEL_TEMPLATES_WRITING),
                (progress, cancel) -> exports.writeTemplates(p, period, dir.get()))
                .onSuccess(result -> templatesWritten(result, dir.get(), period))
                .onFailure(error -> dialogs.showError(I18n.get(ExcelMsg.EXCEL_TEMPLATES_FAILED_TITLE),
                        I18n.get(ExcelMsg.EXCEL_EXPORT_FAILED, dir.get().toString(), why(error)))));
    }

    private void templatesWritten(TemplateResult result, Path dir, Period period) {
        String text = I18n.get(ExcelMsg.EXCEL_TEMPLATES_DONE, String.valueOf(result.files().size()), dir.toString(),
                period.year() + " " + PeriodTexts.label(period));
        if (!result.unassigned().isEmpty()) {
            text += "\n" + I18n.get(ExcelMsg.EXCEL_TEMPLATES_UNASSIGNED, String.join(" / ", result.unassigned()));
        }
        dialogs.showInfo(I18n.get(ExcelMsg.EXCEL_TEMPLATES_DONE_TITLE), text);
    }

    /** The months to fill in: the shown month when it lies in the plan's year, else the year's first or last. */
    static Period templatePeriod(Plan p, AsOf month) {
        if (month == null) {
            return Period.month(p.year(), 1);
        }
        int year = month.month().getYear();
        if (year == p.year()) {
            return Period.month(p.year(), month.month().getMonthValue());
        }
        return Period.month(p.year(), year > p.year() ? 12 : 1);
    }

    private static Period period(AsOf month) {
        return Period.month(month.month().getYear(), month.month().getMonthValue());
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? file : file.resolveSibling(name + ".xlsx");
    }

    private static String why(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
