package com.targetmonitor.ui.edit;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Lays a form out as rows of label, field and the field's message, and decorates each field that
 * has a message with ControlsFX validation: the field is marked (style class
 * {@value #INVALID_CLASS}) and the message is shown beside it while the ViewModel says it is wrong.
 */
final class FormGrid {

    static final String INVALID_CLASS = "tm-field-invalid";
    static final String MESSAGE_CLASS = "tm-field-message";

    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private int row;

    FormGrid() {
        grid.getStyleClass().add("tm-form");
        validation.setValidationDecorator(new StyleClassValidationDecoration(INVALID_CLASS, "tm-field-warning"));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(260, 320, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        ColumnConstraints messages = new ColumnConstraints(180, 220, 260);
        grid.getColumnConstraints().addAll(labels, fields, messages);
    }

    GridPane grid() {
        return grid;
    }

    /** A row without a check. */
    <C extends Control> C add(MessageKey label, C field, String id) {
        field.setId(id);
        field.setMaxWidth(Double.MAX_VALUE);
        Label caption = new Label(I18n.get(label));
        caption.setLabelFor(field);
        caption.getStyleClass().add("tm-form-label");
        caption.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row++, caption, field);
        return field;
    }

    /** A row whose field is checked by the ViewModel: the message shows beside it, the field is marked. */
    <C extends Control> C add(MessageKey label, C field, String id, ObservableStringValue message) {
        add(label, field, id);
        Label text = new Label();
        text.setId(id + "Message");
        text.getStyleClass().add(MESSAGE_CLASS);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(message);
        grid.add(text, 2, row - 1);
        validation.registerValidator(field, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, message.get(), !message.get().isEmpty()));
        // The message may change because of another field (the kind decides whether % is allowed).
        message.addListener((obs, old, now) -> validation.revalidate(field));
        return field;
    }

    static TextField text(Property<String> value) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        return field;
    }

    static TextField text(Property<String> value, MessageKey prompt) {
        TextField field = text(value);
        field.setPromptText(I18n.get(prompt));
        return field;
    }

    /** A drop-down over the items, showing each in words; a null item reads "（无）". */
    static <T> ComboBox<T> choice(List<T> items, Property<T> value, Function<T, String> words) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setConverter(converter(words));
        box.setCellFactory(list -> cell(words));
        box.setButtonCell(cell(words));
        box.setPromptText(ChoiceTexts.none());
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    static <T> StringConverter<T> converter(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return words.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    private static <T> ListCell<T> cell(Function<T, String> words) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : words.apply(item));
            }
        };
    }
}
