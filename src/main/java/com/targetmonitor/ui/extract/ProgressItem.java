package com.targetmonitor.ui.extract;

import com.targetmonitor.ui.PeriodTexts;
import com.targetmonitor.logic.extract.ObservationRow;
import com.targetmonitor.logic.extract.ProposalAction;
import com.targetmonitor.logic.extract.ProposedObservation;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One progress figure in the review: the figure, the plan's indicator it goes to and the period. Only
 * rows with an indicator and a value can be accepted; the others are listed so nothing read is hidden.
 */
public final class ProgressItem {

    private final ObservationRow row;
    private final BooleanProperty accepted;

    ProgressItem(ObservationRow row) {
        this.row = row;
        accepted = new SimpleBooleanProperty(this, "accepted", writable());
        accepted.addListener((obs, was, now) -> {
            if (now && !writable()) {
                accepted.set(false);
            }
        });
    }

    public ObservationRow row() {
        return row;
    }

    public boolean writable() {
        return row.action() == ProposalAction.WRITE;
    }

    public String name() {
        return row.proposal().name();
    }

    public String indicator() {
        return row.indicatorName() == null ? "" : row.indicatorName();
    }

    public String period() {
        ProposedObservation o = row.proposal();
        return o.year() + "/" + (row.period() == null ? o.periodLabel() : PeriodTexts.label(row.period()));
    }

    /** The figure and what the sentence says of it against the plan: "5732人 (60.34%)". */
    public String valueText() {
        ProposedObservation o = row.proposal();
        StringBuilder b = new StringBuilder(TargetItem.number(o.value())).append(o.value() == null ? "" : o.unit());
        if (o.completion() != null) {
            b.append(" (").append(TargetItem.number(o.completion())).append("%)");
        }
        if (o.deviation() != null) {
            b.append(o.deviation() >= 0 ? " +" : " ").append(TargetItem.number(o.deviation())).append("pt");
        }
        if (o.aheadOfTime() != null) {
            b.append(o.aheadOfTime() >= 0 ? " +" : " ").append(TargetItem.number(o.aheadOfTime())).append("pt");
        }
        return b.toString().strip();
    }

    public String actionText() {
        return ExtractTexts.action(row.action());
    }

    public String sentence() {
        return row.proposal().sentence().text();
    }

    public BooleanProperty acceptedProperty() {
        return accepted;
    }
}
