package com.targetmonitor.ui.detail;

import atlantafx.base.theme.Styles;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;

/**
 * The figures reported this year: a short table (period, value, growth, origin) and under it the
 * notes of the selected period in full (进展 / 存在问题 / 下一步措施 and the sentence the figure was
 * read from): notes are paragraphs, too long for a cell. The latest period is selected at first.
 */
final class SeriesSection {

    private final TableView<SeriesRow> table;
    private final GridPane notes = DetailNodes.grid();
    private final Node node;
    /** Kept as a field: the view model's list holds it only weakly. */
    private final InvalidationListener itemsListener = o -> selectLatest();

    SeriesSection(DetailViewModel vm) {
        table = new TableView<>(vm.series());
        table.setId(DetailView.SERIES_TABLE_ID);
        // Widths that add up to the pane's 310-odd pixels at 1366×768 (the origin column flexes into the rest),
        // so the first three keep their headers and figures whole (同比增长 / YoY, 30亿元, Jan–Jun).
        table.getColumns().addAll(List.of(
                DetailNodes.column(DetailMsg.DETAIL_SERIES_PERIOD, SeriesRow::periodLabel, 70),
                DetailNodes.numberColumn(DetailMsg.DETAIL_SERIES_VALUE, SeriesRow::value, 80),
                DetailNodes.numberColumn(DetailMsg.DETAIL_SERIES_YOY, SeriesRow::yoyGrowth, 80),
                DetailNodes.column(DetailMsg.DETAIL_SERIES_ORIGIN, SeriesRow::origin, 80)));
        table.setPlaceholder(DetailNodes.boundLabel(vm.seriesEmptyProperty(), Styles.TEXT_MUTED));
        DetailNodes.fitHeight(table, vm.series(), 2);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> showNotes(row));
        notes.setId(DetailView.SERIES_NOTES_ID);
        notes.managedProperty().bind(notes.visibleProperty());
        vm.series().addListener(new WeakInvalidationListener(itemsListener));
        node = DetailNodes.section(vm.seriesHeadingProperty(), table, notes);
        selectLatest();
    }

    Node node() {
        return node;
    }

    private void selectLatest() {
        if (table.getItems().isEmpty()) {
            showNotes(null);
        } else {
            table.getSelectionModel().selectLast();
            showNotes(table.getSelectionModel().getSelectedItem());
        }
    }

    private void showNotes(SeriesRow row) {
        List<DetailField> fields = new ArrayList<>();
        if (row != null) {
            add(fields, DetailMsg.DETAIL_SERIES_PROGRESS, row.progress());
            add(fields, DetailMsg.DETAIL_SERIES_PROBLEMS, row.problems());
            add(fields, DetailMsg.DETAIL_SERIES_NEXT_STEPS, row.nextSteps());
            if (!row.sourceSentence().isBlank()) {
                fields.add(new DetailField(DetailMsg.DETAIL_SOURCE_SENTENCE,
                        I18n.get(DetailMsg.DETAIL_QUOTED, row.sourceSentence())));
            }
            if (!fields.isEmpty()) {
                fields.add(0, new DetailField(DetailMsg.DETAIL_SERIES_PERIOD, row.periodLabel()));
            }
        }
        DetailNodes.fill(notes, fields);
        notes.setVisible(!fields.isEmpty());
    }

    private static void add(List<DetailField> fields, MessageKey label, String text) {
        if (!text.isBlank()) {
            fields.add(new DetailField(label, text));
        }
    }
}
