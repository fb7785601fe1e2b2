package com.targetmonitor.ui.extract;

import com.targetmonitor.logic.extract.ProposalAction;
import com.targetmonitor.logic.extract.ProposedTarget;
import com.targetmonitor.logic.extract.TargetRow;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.model.number.NumberReading;
import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One proposed target in the review, as the officer edits it: accept or not, the name, the target, the
 * qualifier, the 力争 level, the deadline. The figures are kept as typed and read when written, so a
 * wrong entry is told with the row's name instead of being lost.
 */
public final class TargetItem {

    private final TargetRow row;
    private final BooleanProperty accepted;
    private final StringProperty name;
    private final StringProperty value;
    private final StringProperty unit;
    private final ObjectProperty<Qualifier> qualifier;
    private final StringProperty stretch;
    private final StringProperty deadline;

    TargetItem(TargetRow row) {
        this.row = row;
        ProposedTarget t = row.proposal();
        accepted = new SimpleBooleanProperty(this, "accepted", row.action() != ProposalAction.UNCHANGED);
        name = new SimpleStringProperty(this, "name", t.name());
        value = new SimpleStringProperty(this, "value", number(t.value()));
        unit = new SimpleStringProperty(this, "unit", t.unit());
        qualifier = new SimpleObjectProperty<>(this, "qualifier", t.qualifier());
        stretch = new SimpleStringProperty(this, "stretch", number(t.stretch()));
        deadline = new SimpleStringProperty(this, "deadline", t.deadline() == null ? "" : t.deadline().toString());
    }

    public TargetRow row() {
        return row;
    }

    public String sentence() {
        return row.proposal().sentence().text();
    }

    public IndicatorKind kind() {
        return row.proposal().kind();
    }

    /** 新建 / 更新目标 / 无变化. */
    public String actionText() {
        return ExtractTexts.action(row.action());
    }

    /** The plan's target now, for an update: "16%以上". */
    public String existingText() {
        if (row.existingTarget() == null || row.existingTarget().value() == null) {
            return row.existingName() == null ? "" : row.existingName();
        }
        return number(row.existingTarget().value()) + row.existingTarget().qualifier().word();
    }

    /** Why the row cannot be written as typed, or empty. */
    public Optional<String> problem() {
        if (kind() != IndicatorKind.MILESTONE || !value.get().isBlank()) {
            Optional<String> bad = badNumber(value.get(), ExtractMsg.EXTRACT_COL_TARGET, kind() != IndicatorKind.MILESTONE);
            if (bad.isPresent()) {
                return bad;
            }
        }
        Optional<String> badStretch = badNumber(stretch.get(), ExtractMsg.EXTRACT_COL_STRETCH, false);
        if (badStretch.isPresent()) {
            return badStretch;
        }
        if (!deadline.get().isBlank()) {
            try {
                LocalDate.parse(deadline.get().strip());
            } catch (DateTimeParseException e) {
                return Optional.of(I18n.get(ExtractMsg.EXTRACT_BAD_NUMBER, name.get(), deadline.get(),
                        I18n.get(ExtractMsg.EXTRACT_COL_DEADLINE)));
            }
        }
        return Optional.empty();
    }

    private Optional<String> badNumber(String text, ExtractMsg column, boolean required) {
        if (text.isBlank() && !required) {
            return Optional.empty();
        }
        NumberReading r = NumberReader.read(text.strip());
        return r.value() == null ? Optional.of(I18n.get(ExtractMsg.EXTRACT_BAD_NUMBER, name.get(), text,
                I18n.get(column))) : Optional.empty();
    }

    /** The proposal as the officer left it; call only when {@link #problem()} is empty. */
    ProposedTarget edited() {
        ProposedTarget t = row.proposal();
        Double v = value.get().isBlank() ? null : NumberReader.read(value.get().strip()).value();
        Double s = stretch.get().isBlank() ? null : NumberReader.read(stretch.get().strip()).value();
        LocalDate d = deadline.get().isBlank() ? null : LocalDate.parse(deadline.get().strip());
        return new ProposedTarget(name.get().strip(), t.kind(), v, unit.get().strip(), qualifier.get(), t.direction(),
                s, d, t.lead(), t.sentence());
    }

    static String number(Double d) {
        return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public ObjectProperty<Qualifier> qualifierProperty() {
        return qualifier;
    }

    public StringProperty stretchProperty() {
        return stretch;
    }

    public StringProperty deadlineProperty() {
        return deadline;
    }
}
