package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.imports.RowState;
import com.targetmonitor.logic.excel.imports.SkippedLine;
import com.targetmonitor.logic.excel.targets.TargetPreviewRow;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.PeriodTexts;
import com.targetmonitor.ui.MessageKey;
import com.targetmonitor.ui.detail.TargetText;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/**
 * The three tables of the import preview, each on its own tab: the rows read from the statistics
 * files — with a searchable indicator list and 确认 / 不导入 in the cells, so the officer corrects
 * a row where it stands — the skipped lines, and the rows of any targets table. Every change goes
 * to the ViewModel; the tables only show its lists.
 */
final class ImportPreviewTables {

    private final ImportPreviewViewModel vm;

    ImportPreviewTables(ImportPreviewViewModel vm) {
        this.vm = Objects.requireNonNull(vm, "vm");
    }

    TableView<PreviewRow> rows() {
        TableView<PreviewRow> table = new TableView<>(vm.shownRows());
        table.setId(ImportPreviewView.PREVIEW_TABLE_ID);
        table.getStyleClass().add("tm-excel-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_CELL, 85, PreviewRow::cell));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_RAW_NAME, 170, PreviewRow::rawName));
        TableColumn<PreviewRow, PreviewRow> indicator = new TableColumn<>(I18n.get(ExcelMsg.EXCEL_COL_INDICATOR));
        indicator.setPrefWidth(220);
        indicator.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        indicator.setCellFactory(c -> new IndicatorCell());
        table.getColumns().add(indicator);
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_SCORE, 160, ImportTexts::score));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_PERIOD, 75,
                r -> r.period() == null ? "" : PeriodTexts.label(r.period())));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_CHANGE, 140, ImportTexts::change));
        TableColumn<PreviewRow, PreviewRow> state = new TableColumn<>(I18n.get(ExcelMsg.EXCEL_COL_STATE));
        state.setPrefWidth(200);
        state.setMinWidth(200);
        state.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        state.setCellFactory(c -> new StateCell());
        table.getColumns().add(state);
        TableColumn<PreviewRow, String> problems = textColumn(ExcelMsg.EXCEL_COL_PROBLEMS, 260, ImportTexts::problems);
        problems.setCellFactory(c -> wrappingCell());
        table.getColumns().add(problems);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("tm-excel-row-error", "tm-excel-row-question", "tm-excel-row-quiet");
                if (!empty && row != null) {
                    switch (row.state()) {
                        case ERROR -> getStyleClass().add("tm-excel-row-error");
                        case QUESTION, UNMATCHED -> getStyleClass().add("tm-excel-row-question");
                        case UNCHANGED, NO_VALUE, IGNORED -> getStyleClass().add("tm-excel-row-quiet");
                        default -> { }
                    }
                }
            }
        });
        return table;
    }

    TableView<SkippedLine> skipped() {
        TableView<SkippedLine> table = new TableView<>(vm.skipped());
        table.setId(ImportPreviewView.SKIPPED_TABLE_ID);
        table.getStyleClass().add("tm-excel-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_FILE, 200, SkippedLine::fileName));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_CELL, 100, SkippedLine::cell));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_REASON, 180, s -> ImportTexts.skipped(s.reason())));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_TEXT, 500, SkippedLine::text));
        return table;
    }

    TableView<TargetPreviewRow> targets() {
        TableView<TargetPreviewRow> table = new TableView<>(vm.targetRows());
        table.setId(ImportPreviewView.TARGETS_TABLE_ID);
        table.getStyleClass().add("tm-excel-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_CELL, 90, r -> r.line().nameCell()));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_INDICATOR, 220, r -> r.line().name()));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_STATE, 110, r -> ImportTexts.targetAction(r.action())));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_TARGET, 150, r -> r.line().targetText()));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_CHANGE, 220, ImportPreviewTables::targetChange));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_PARENT, 140, TargetPreviewRow::parentName));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_UNITS, 140, r -> String.join(" / ", r.leadUnits())));
        table.getColumns().add(textColumn(ExcelMsg.EXCEL_COL_PROBLEMS, 200, TargetPreviewRow::problem));
        return table;
    }

    private static String targetChange(TargetPreviewRow r) {
        String now = r.target() == null ? "—" : TargetText.of(r.target(), r.unit(), r.kind());
        String before = r.oldTarget() == null ? "—" : TargetText.of(r.oldTarget(), r.unit(), r.kind());
        return I18n.get(ExcelMsg.EXCEL_PREVIEW_TARGET_CHANGE, before, now);
    }

    private static <T> TableColumn<T, String> textColumn(MessageKey header, double width, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>(I18n.get(header));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    private static TableCell<PreviewRow, String> wrappingCell() {
        return new TableCell<>() {
            {
                setWrapText(true);
                getStyleClass().add("tm-excel-problems");
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
            }
        };
    }

    /** The indicator a row maps to, as a searchable list of the plan's indicators, most alike first. */
    private final class IndicatorCell extends TableCell<PreviewRow, PreviewRow> {

        private final SearchableComboBox<Indicator> combo = new SearchableComboBox<>();
        private boolean updating;
        private PreviewRow row;

        IndicatorCell() {
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.setPromptText(I18n.get(ExcelMsg.EXCEL_PREVIEW_PICK));
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(Indicator i) {
                    return i == null ? "" : i.unitOfMeasure().isEmpty() ? i.name()
                            : i.name() + " (" + i.unitOfMeasure() + ")";
                }

                @Override
                public Indicator fromString(String s) {
                    return null;
                }
            });
            combo.valueProperty().addListener((o, was, now) -> {
                if (!updating && row != null && now != null && !Objects.equals(now.id(), row.indicatorId())) {
                    int id = row.id();
                    // After the combo's own event: the assignment replaces rows and so this cell's item.
                    Platform.runLater(() -> vm.assign(id, now.id()));
                }
            });
        }

        @Override
        protected void updateItem(PreviewRow item, boolean empty) {
            super.updateItem(item, empty);
            row = empty ? null : item;
            setText(null);
            if (row == null) {
                setGraphic(null);
                return;
            }
            updating = true;
            try {
                // The whole list, most alike first: a new list each time, so the combo never
                // holds a value that is not among its items (ControlsFX fails on that).
                List<Indicator> candidates = vm.candidates(row.id());
                Indicator current = row.indicatorId() == null ? null : candidates.stream()
                        .filter(i -> i.id().equals(row.indicatorId())).findFirst().orElse(null);
                combo.setValue(null);
                combo.setItems(FXCollections.observableArrayList(candidates));
                combo.setValue(current);
            } finally {
                updating = false;
            }
            setGraphic(combo);
        }
    }

    /** What will be done with the row, with 确认 / 不导入 where the officer can decide. */
    private final class StateCell extends TableCell<PreviewRow, PreviewRow> {

        private final Label state = new Label();
        private final Button accept = new Button(I18n.get(ExcelMsg.EXCEL_PREVIEW_ACCEPT));
        private final Button ignore = new Button(I18n.get(ExcelMsg.EXCEL_PREVIEW_IGNORE));
        private final HBox box = new HBox(6, state, accept, ignore);
        private PreviewRow row;

        StateCell() {
            box.setAlignment(Pos.CENTER_LEFT);
            accept.getStyleClass().addAll("tm-excel-accept", "small");
            ignore.getStyleClass().addAll("tm-excel-ignore", "small");
            accept.setOnAction(e -> {
                if (row != null) {
                    vm.accept(row.id());
                }
            });
            ignore.setOnAction(e -> {
                if (row != null) {
                    vm.ignore(row.id());
                }
            });
        }

        @Override
        protected void updateItem(PreviewRow item, boolean empty) {
            super.updateItem(item, empty);
            row = empty ? null : item;
            setText(null);
            if (row == null) {
                setGraphic(null);
                return;
            }
            state.setText(ImportTexts.state(row.state()));
            state.getStyleClass().removeIf(s -> s.startsWith("tm-excel-state-"));
            state.getStyleClass().add("tm-excel-state-" + row.state().name().toLowerCase(java.util.Locale.ROOT));
            boolean canAccept = row.state() == RowState.QUESTION
                    || (row.state() == RowState.IGNORED && row.indicatorId() != null);
            boolean canIgnore = row.state() == RowState.QUESTION || row.state() == RowState.APPLY;
            show(accept, canAccept);
            show(ignore, canIgnore);
            setGraphic(box);
        }

        private void show(Node node, boolean visible) {
            node.setVisible(visible);
            node.setManaged(visible);
        }
    }
}
