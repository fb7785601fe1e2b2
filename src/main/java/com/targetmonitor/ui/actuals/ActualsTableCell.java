package com.targetmonitor.ui.actuals;

import com.targetmonitor.ui.I18n;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A period cell of the actuals table, edited like a spreadsheet cell: typing replaces the value,
 * F2 or a double click edits it; Enter, Tab and the arrow keys store it and move on, Escape gives
 * up. Storing goes through the view model; a refused value keeps the cell in editing with the text
 * selected, so the officer can correct it. Leaving the cell otherwise (a click elsewhere) stores
 * what it can.
 */
final class ActualsTableCell extends TableCell<ActualsRow, ActualsCell> {

    static final String VALUE_CLASS = "tm-actuals-value";
    static final String READ_ONLY_CLASS = "tm-actuals-readonly";
    static final String INVALID_CLASS = "tm-actuals-invalid";

    private final ActualsTable owner;
    private final int column;
    private final TextField field = new TextField();
    private final InvalidationListener itemChanged = o -> showItem();
    private ActualsCell shown;
    /** Editing started by typing: the arrow keys then leave the cell, as in Excel. */
    private boolean typing;
    /** Set while the cell itself ends the edit, so losing focus does not store twice. */
    private boolean finishing;
    private Tooltip readOnlyTip;
    /** The row being edited, kept because a reused cell may already show another row when told to stop. */
    private int editRow = -1;

    ActualsTableCell(ActualsTable owner, int column) {
        this.owner = owner;
        this.column = column;
        getStyleClass().add(VALUE_CLASS);
        field.getStyleClass().add("tm-actuals-editor");
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing() && !finishing) {
                endEdit(true);
            }
        });
    }

    @Override
    public void startEdit() {
        ActualsCell item = getItem();
        if (item == null || !item.isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editRow = getIndex();
        String initial = owner.takePendingText();
        typing = initial != null;
        field.setText(typing ? initial : item.getText());
        setText(null);
        setGraphic(field);
        field.requestFocus();
        if (typing) {
            field.end();
        } else {
            field.selectAll();
        }
    }

    /**
     * Ends editing. When the table ends it (a click on another cell, scrolling the cell away) the
     * text is stored, as a spreadsheet does; a refused one is dropped and its cell stays marked.
     */
    @Override
    public void cancelEdit() {
        boolean store = isEditing() && !finishing;
        finishing = true;
        try {
            if (store) {
                owner.commit(editRow, column, field.getText());
            }
            super.cancelEdit();
        } finally {
            finishing = false;
        }
        showItem();
    }

    @Override
    protected void updateItem(ActualsCell item, boolean empty) {
        super.updateItem(item, empty);
        if (shown != null) {
            shown.textProperty().removeListener(itemChanged);
            shown.invalidProperty().removeListener(itemChanged);
        }
        shown = empty ? null : item;
        if (shown != null) {
            shown.textProperty().addListener(itemChanged);
            shown.invalidProperty().addListener(itemChanged);
        }
        setEditable(shown != null && shown.isEditable());
        setTooltip(shown != null && !shown.isEditable() ? readOnlyTip() : null);
        showItem();
    }

    private Tooltip readOnlyTip() {
        if (readOnlyTip == null) {
            readOnlyTip = new Tooltip(I18n.get(ActualsMsg.GRID_READ_ONLY_TIP));
        }
        return readOnlyTip;
    }

    private void showItem() {
        toggle(READ_ONLY_CLASS, shown != null && !shown.isEditable());
        toggle(INVALID_CLASS, shown != null && shown.isInvalid());
        if (isEditing()) {
            return;
        }
        setGraphic(null);
        setText(shown == null ? null : shown.getText());
    }

    private void toggle(String styleClass, boolean on) {
        if (on && !getStyleClass().contains(styleClass)) {
            getStyleClass().add(styleClass);
        } else if (!on) {
            getStyleClass().removeAll(styleClass);
        }
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> finish(e.isShiftDown() ? -1 : 1, 0);
            case TAB -> finish(0, e.isShiftDown() ? -1 : 1);
            case UP -> finish(-1, 0);
            case DOWN -> finish(1, 0);
            case LEFT, RIGHT -> {
                if (!typing) {
                    return;  // editing an existing value: the arrows move the caret
                }
                finish(0, e.getCode() == KeyCode.LEFT ? -1 : 1);
            }
            case ESCAPE -> {
                endEdit(false);
                owner.focusTable();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Stores the text and moves on; a refused value stays for correcting. */
    private void finish(int rowStep, int columnStep) {
        int row = editRow;
        if (owner.commit(row, column, field.getText())) {
            endEdit(false);
            owner.moveFrom(row, column, rowStep, columnStep);
        } else {
            field.selectAll();
        }
    }

    /** Ends editing, storing the text first or not. */
    private void endEdit(boolean store) {
        if (store) {
            cancelEdit();
            return;
        }
        finishing = true;
        try {
            cancelEdit();
        } finally {
            finishing = false;
        }
    }
}
