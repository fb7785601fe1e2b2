package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.excel.imports.FileSummary;
import com.targetmonitor.logic.excel.imports.ImportPreview;
import com.targetmonitor.logic.excel.imports.ImportSession;
import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.imports.RowState;
import com.targetmonitor.logic.excel.imports.SkippedLine;
import com.targetmonitor.logic.excel.targets.TargetAction;
import com.targetmonitor.logic.excel.targets.TargetPreviewRow;
import com.targetmonitor.logic.excel.targets.TargetsProposal;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.excel.ImportPreviewViewModel.RowFilter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The preview the officer checks, held for {@link ImportPreviewViewModel}: the matched statistics
 * session and the targets tables as read, every row and the rows the filter lets through, the
 * skipped lines, one line per file, and the counts and the confirm text in words. The properties
 * belong to the ViewModel (it is their bean); this class only keeps them in step with the session.
 */
final class ImportRowsModel {

    private ImportSession session;
    private final ObservableList<TargetsProposal> targets = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper summary;
    private final ReadOnlyStringWrapper applyText;
    private final ReadOnlyBooleanWrapper canApply;
    private final ReadOnlyStringWrapper newUnits;
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PreviewRow> shownRows = new FilteredList<>(rows);
    private final ObjectProperty<RowFilter> filter;
    private final ObservableList<SkippedLine> skipped = FXCollections.observableArrayList();
    private final ObservableList<TargetPreviewRow> targetRows = FXCollections.observableArrayList();
    private final ObservableList<String> fileLines = FXCollections.observableArrayList();

    /** @param bean the ViewModel the properties belong to */
    ImportRowsModel(Object bean) {
        title = new ReadOnlyStringWrapper(bean, "title", "");
        summary = new ReadOnlyStringWrapper(bean, "summary", "");
        applyText = new ReadOnlyStringWrapper(bean, "applyText", "");
        canApply = new ReadOnlyBooleanWrapper(bean, "canApply", false);
        newUnits = new ReadOnlyStringWrapper(bean, "newUnits", "");
        filter = new SimpleObjectProperty<>(bean, "filter", RowFilter.ALL);
        shownRows.setPredicate(RowFilter.ALL::test);
        filter.addListener((o, was, now) -> shownRows.setPredicate((now == null ? RowFilter.ALL : now)::test));
    }

    /** Takes what a read gave (either part may be empty) for the plan the window shows. */
    void show(ImportSession stats, List<TargetsProposal> tables, Plan shown) {
        session = stats;
        targets.setAll(tables);
        title.set(I18n.get(ExcelMsg.EXCEL_PREVIEW_TITLE, shown == null ? "" : shown.name()));
        List<String> lines = new ArrayList<>();
        if (session != null) {
            for (FileSummary f : session.preview().files()) {
                lines.add(I18n.get(ExcelMsg.EXCEL_PREVIEW_FILE, f.fileName(), f.periodLabel(), String.valueOf(f.dataRows())));
                f.earlierImports().stream().findFirst().ifPresent(b ->
                        lines.add(I18n.get(ExcelMsg.EXCEL_PREVIEW_FILE_EARLIER, ImportTexts.time(b.importedAt()))));
            }
            rows.setAll(session.preview().rows());
            skipped.setAll(session.preview().skipped());
        } else {
            rows.clear();
            skipped.clear();
        }
        for (TargetsProposal t : targets) {
            lines.add(I18n.get(ExcelMsg.EXCEL_PREVIEW_FILE, t.table().fileName(), t.table().title(),
                    String.valueOf(t.table().lines().size())));
        }
        List<TargetPreviewRow> all = targetRowsOf(targets);
        targetRows.setAll(all);
        fileLines.setAll(lines);
        filter.set(RowFilter.ALL);
        updateSummary();
    }

    /** The officer picked the plan the index-th targets table goes into. */
    void choosePlan(int index, TargetsProposal chosen) {
        targets.set(index, chosen);
        targetRows.setAll(targetRowsOf(targets));
        updateSummary();
    }

    /** The rows of the tables whose plan is decided, and the units each would create. */
    private static List<TargetPreviewRow> targetRowsOf(List<TargetsProposal> tables) {
        List<TargetPreviewRow> all = new ArrayList<>();
        for (TargetsProposal t : tables) {
            if (t.preview() != null) {
                all.addAll(t.preview().rows());
            }
        }
        return all;
    }

    /** The units the decided tables would create, in words, or empty. */
    String newUnitsText() {
        List<String> units = new ArrayList<>();
        targets.stream().filter(t -> t.preview() != null).forEach(t -> units.addAll(t.preview().newUnits()));
        return units.isEmpty() ? "" : I18n.get(ExcelMsg.EXCEL_PREVIEW_NEW_UNITS, String.join(" / ", units));
    }

    /** Takes the rows after the officer changed one. */
    void refresh(ImportPreview preview) {
        List<PreviewRow> now = preview.rows();
        if (now.size() != rows.size()) {
            rows.setAll(now);
        } else {
            // Replace only the rows that changed, so the table keeps its scroll position and selection.
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).equals(rows.get(i))) {
                    rows.set(i, now.get(i));
                }
            }
        }
        updateSummary();
    }

    /** Forgets the preview. */
    void clear() {
        session = null;
        targets.clear();
        rows.clear();
        skipped.clear();
        targetRows.clear();
        fileLines.clear();
        canApply.set(false);
    }

    private void updateSummary() {
        ImportPreview p = session == null ? null : session.preview();
        // Targets rows count too: a table that creates 3 indicators must not read "将写入 0 项".
        long apply = (p == null ? 0 : p.count(RowState.APPLY)) + targetRowsWith(TargetAction.CREATE)
                + targetRowsWith(TargetAction.UPDATE);
        long rest = (p == null ? 0 : p.count(RowState.UNCHANGED) + p.count(RowState.NO_VALUE)
                + p.count(RowState.IGNORED) + p.count(RowState.NOT_APPLYING) + p.count(RowState.NOT_PERMITTED)) + targetRowsWith(TargetAction.UNCHANGED);
        String counts = I18n.get(ExcelMsg.EXCEL_PREVIEW_SUMMARY, String.valueOf(apply),
                String.valueOf(p == null ? 0 : p.count(RowState.QUESTION)),
                String.valueOf(p == null ? 0 : p.count(RowState.UNMATCHED)),
                String.valueOf((p == null ? 0 : p.count(RowState.ERROR)) + targetRowsWith(TargetAction.ERROR)),
                String.valueOf(rest));
        // A stress-size file lists the first rows without an indicator; the officer is told how many more there are.
        summary.set(p == null || p.notListedTotal() == 0 ? counts : counts + "\n" + I18n.get(ExcelMsg.EXCEL_PREVIEW_NOT_LISTED,
                String.valueOf(p.notListedTotal()), String.valueOf(p.rows(RowState.UNMATCHED).size()
                        + p.rows(RowState.NOT_APPLYING).size())));
        long writes = writes();
        applyText.set(I18n.get(ExcelMsg.EXCEL_PREVIEW_APPLY, String.valueOf(writes)));
        // A table whose plan is not chosen yet holds the whole import back: nothing goes in by default.
        canApply.set(writes > 0 && targets.stream().allMatch(t -> t.choice().decided()));
        newUnits.set(newUnitsText());
    }

    private long targetRowsWith(TargetAction action) {
        return targetRows.stream().filter(r -> r.action() == action).count();
    }

    /** Values and targets a confirmation would write. */
    long writes() {
        long n = session == null ? 0 : session.preview().writes();
        for (TargetsProposal t : targets) {
            n += t.writes();
        }
        return n;
    }

    /** The statistics matched to the plan, or null when none were read. */
    ImportSession session() {
        return session;
    }

    /** The targets tables read, each with its plan, previewed once the plan is decided. */
    ObservableList<TargetsProposal> targets() {
        return targets;
    }

    ReadOnlyStringProperty newUnitsProperty() {
        return newUnits.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyStringProperty applyTextProperty() {
        return applyText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canApplyProperty() {
        return canApply.getReadOnlyProperty();
    }

    ObservableList<PreviewRow> rows() {
        return rows;
    }

    ObservableList<PreviewRow> shownRows() {
        return shownRows;
    }

    ObjectProperty<RowFilter> filterProperty() {
        return filter;
    }

    ObservableList<SkippedLine> skipped() {
        return skipped;
    }

    ObservableList<TargetPreviewRow> targetRows() {
        return targetRows;
    }

    ObservableList<String> fileLines() {
        return fileLines;
    }

    PreviewRow row(int rowId) {
        return rows.stream().filter(r -> r.id() == rowId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no preview row " + rowId));
    }
}
