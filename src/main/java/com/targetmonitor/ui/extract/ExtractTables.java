package com.targetmonitor.ui.extract;

import com.targetmonitor.logic.extract.Statement;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.StatusTexts;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;

/** The review's tables: proposed targets (editable), progress figures, and targets without a figure. */
final class ExtractTables {

    static final String TARGETS_ID = "extractTargets";
    static final String PROGRESS_ID = "extractProgress";
    static final String STATEMENTS_ID = "extractStatements";

    private ExtractTables() {
    }

    static TableView<TargetItem> targets(ExtractReviewViewModel vm) {
        TableView<TargetItem> table = new TableView<>(vm.targets());
        table.setId(TARGETS_ID);
        table.setEditable(true);
        TableColumn<TargetItem, Boolean> accept = new TableColumn<>(I18n.get(ExtractMsg.EXTRACT_COL_ACCEPT));
        accept.setCellValueFactory(c -> c.getValue().acceptedProperty());
        accept.setCellFactory(CheckBoxTableCell.forTableColumn(accept));
        accept.setPrefWidth(52);
        TableColumn<TargetItem, Qualifier> qualifier = new TableColumn<>(I18n.get(ExtractMsg.EXTRACT_COL_QUALIFIER));
        qualifier.setCellValueFactory(c -> c.getValue().qualifierProperty());
        qualifier.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(Qualifier q) {
                return ExtractTexts.qualifier(q);
            }

            @Override
            public Qualifier fromString(String s) {
                return null;
            }
        }, Qualifier.values()));
        qualifier.setPrefWidth(70);
        table.getColumns().add(accept);
        table.getColumns().add(text(ExtractMsg.EXTRACT_COL_ACTION, t -> fixed(t.actionText()), 80));
        table.getColumns().add(edit(ExtractMsg.EXTRACT_COL_NAME, TargetItem::nameProperty, 260));
        table.getColumns().add(text(ExtractMsg.EXTRACT_COL_KIND, t -> fixed(StatusTexts.kind(t.kind())), 70));
        table.getColumns().add(edit(ExtractMsg.EXTRACT_COL_TARGET, TargetItem::valueProperty, 80));
        table.getColumns().add(edit(ExtractMsg.EXTRACT_COL_UNIT, TargetItem::unitProperty, 60));
        table.getColumns().add(qualifier);
        table.getColumns().add(edit(ExtractMsg.EXTRACT_COL_STRETCH, TargetItem::stretchProperty, 60));
        table.getColumns().add(edit(ExtractMsg.EXTRACT_COL_DEADLINE, TargetItem::deadlineProperty, 100));
        table.getColumns().add(text(ExtractMsg.EXTRACT_COL_NOW, t -> fixed(t.existingText()), 120));
        table.getStyleClass().add("tm-extract-table");
        return table;
    }

    static TableView<ProgressItem> progress(ExtractReviewViewModel vm) {
        TableView<ProgressItem> table = new TableView<>(vm.progress());
        table.setId(PROGRESS_ID);
        table.setEditable(true);
        TableColumn<ProgressItem, Boolean> accept = new TableColumn<>(I18n.get(ExtractMsg.EXTRACT_COL_ACCEPT));
        accept.setCellValueFactory(c -> c.getValue().acceptedProperty());
        accept.setCellFactory(CheckBoxTableCell.forTableColumn(accept));
        accept.setPrefWidth(52);
        table.getColumns().add(accept);
        table.getColumns().add(text(ExtractMsg.EXTRACT_COL_ACTION, p -> fixed(p.actionText()), 120));
        table.getColumns().add(text(ExtractMsg.EXTRACT_COL_NAME, p -> fixed(p.name()), 220));
        table.getColumns().add(text(ExtractMsg.EXTRACT_COL_INDICATOR, p -> fixed(p.indicator()), 200));
        table.getColumns().add(text(ExtractMsg.EXTRACT_COL_PERIOD, p -> fixed(p.period()), 100));
        table.getColumns().add(text(ExtractMsg.EXTRACT_COL_VALUE, p -> fixed(p.valueText()), 180));
        table.getStyleClass().add("tm-extract-table");
        return table;
    }

    static TableView<Statement> statements(ExtractReviewViewModel vm) {
        TableView<Statement> table = new TableView<>(vm.statements());
        table.setId(STATEMENTS_ID);
        table.getColumns().add(text(ExtractMsg.EXTRACT_COL_NAME, s -> fixed(s.name()), 220));
        table.getColumns().add(text(ExtractMsg.EXTRACT_COL_PHRASE, s -> fixed(s.phrase()), 220));
        table.getColumns().add(text(ExtractMsg.EXTRACT_SENTENCE, s -> fixed(s.sentence().text()), 560));
        return table;
    }

    private static <S> TableColumn<S, String> text(ExtractMsg title, Function<S, ObservableValue<String>> value,
                                                   double width) {
        TableColumn<S, String> c = new TableColumn<>(I18n.get(title));
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }

    private static TableColumn<TargetItem, String> edit(ExtractMsg title, Function<TargetItem, StringProperty> value,
                                                        double width) {
        TableColumn<TargetItem, String> c = new TableColumn<>(I18n.get(title));
        c.setCellValueFactory(f -> value.apply(f.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(width);
        return c;
    }

    private static ObservableValue<String> fixed(String s) {
        return new ReadOnlyStringWrapper(s == null ? "" : s);
    }
}
