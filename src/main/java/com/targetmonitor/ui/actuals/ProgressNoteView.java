package com.targetmonitor.ui.actuals;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.MessageKey;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Under the grid: the selected period's 进展 / 存在问题 / 下一步措施 with a Save button. */
final class ProgressNoteView {

    static final String PROGRESS_ID = "noteProgress";
    static final String PROBLEMS_ID = "noteProblems";
    static final String NEXT_STEPS_ID = "noteNextSteps";
    static final String SAVE_ID = "noteSave";
    static final String HEADING_ID = "noteHeading";

    private final VBox root = new VBox();

    ProgressNoteView(ActualsGridViewModel grid) {
        ProgressNoteViewModel note = grid.note();
        Label heading = new Label();
        heading.setId(HEADING_ID);
        heading.getStyleClass().add("tm-actuals-note-heading");
        heading.textProperty().bind(note.headingProperty());

        Button save = new Button(I18n.get(ActualsMsg.GRID_NOTE_SAVE));
        save.setId(SAVE_ID);
        save.disableProperty().bind(note.dirtyProperty().not());
        save.setOnAction(e -> grid.saveNote());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, save);
        top.setAlignment(Pos.CENTER_LEFT);

        HBox areas = new HBox(12,
                area(ActualsMsg.GRID_NOTE_PROGRESS, PROGRESS_ID, note.progressProperty(), note),
                area(ActualsMsg.GRID_NOTE_PROBLEMS, PROBLEMS_ID, note.problemsProperty(), note),
                area(ActualsMsg.GRID_NOTE_NEXT_STEPS, NEXT_STEPS_ID, note.nextStepsProperty(), note));
        root.getChildren().addAll(top, areas);
        root.setSpacing(6);
        root.getStyleClass().add("tm-actuals-note");
    }

    Parent root() {
        return root;
    }

    private static VBox area(MessageKey label, String id, StringProperty text, ProgressNoteViewModel note) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(text);
        area.disableProperty().bind(note.availableProperty().not());
        Label caption = new Label(I18n.get(label));
        caption.setLabelFor(area);
        caption.getStyleClass().add("tm-actuals-note-label");
        VBox box = new VBox(4, caption, area);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(300);
        return box;
    }
}
