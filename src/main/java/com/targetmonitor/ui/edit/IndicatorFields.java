package com.targetmonitor.ui.edit;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Target;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The indicator form's text fields, as typed; {@link IndicatorFormViewModel} checks and converts them. */
public final class IndicatorFields {

    final StringProperty code = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty unitOfMeasure = new SimpleStringProperty("");
    final StringProperty target = new SimpleStringProperty("");
    final StringProperty stretch = new SimpleStringProperty("");
    final StringProperty deadline = new SimpleStringProperty("");
    final StringProperty sourceSentence = new SimpleStringProperty("");
    final StringProperty sourceDocument = new SimpleStringProperty("");
    final StringProperty sourceNote = new SimpleStringProperty("");

    IndicatorFields() {
    }

    void fill(Indicator indicator) {
        Target t = indicator.target();
        code.set(indicator.code());
        name.set(indicator.name());
        unitOfMeasure.set(indicator.unitOfMeasure());
        target.set(IndicatorFieldTexts.plain(t.value()));
        stretch.set(IndicatorFieldTexts.plain(t.stretch()));
        deadline.set(t.deadline() == null ? "" : t.deadline().toString());
        sourceSentence.set(indicator.source().sentence());
        sourceDocument.set(indicator.source().document());
        sourceNote.set(indicator.source().note());
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty unitOfMeasureProperty() {
        return unitOfMeasure;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty stretchProperty() {
        return stretch;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }

    public StringProperty sourceSentenceProperty() {
        return sourceSentence;
    }

    public StringProperty sourceDocumentProperty() {
        return sourceDocument;
    }

    public StringProperty sourceNoteProperty() {
        return sourceNote;
    }
}
