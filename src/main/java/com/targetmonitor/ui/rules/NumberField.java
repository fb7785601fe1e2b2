package com.targetmonitor.ui.rules;

import com.targetmonitor.model.number.NumberReader;
import com.targetmonitor.model.number.NumberReading;
import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One number the user types, checked as it is typed: the text, and what is wrong with it in words
 * (empty when nothing is), read by the one number reader (full-width digits, "1,000" …; ADR 0014).
 */
final class NumberField {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BigDecimal max;
    private final boolean whole;
    private BigDecimal value;

    /**
     * @param max   the largest value allowed (the smallest is 0)
     * @param whole whether only whole numbers are allowed
     */
    NumberField(BigDecimal max, boolean whole) {
        this.max = max;
        this.whole = whole;
        text.addListener((obs, old, now) -> check());
        check();
    }

    StringProperty textProperty() {
        return text;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The number typed, when it is valid. */
    Optional<BigDecimal> value() {
        return Optional.ofNullable(value);
    }

    void set(BigDecimal number) {
        text.set(number.toPlainString());
    }

    private void check() {
        value = null;
        String typed = text.get() == null ? "" : text.get().strip();
        NumberReading reading = NumberReader.forField(typed, "", false);
        if (reading.isEmpty()) {
            error.set(I18n.get(RulesMsg.RULES_ERROR_EMPTY));
            return;
        }
        if (!reading.hasValue()) {
            error.set(I18n.get(RulesMsg.RULES_ERROR_NOT_NUMBER, typed));
            return;
        }
        BigDecimal number = reading.decimal();
        if (number.signum() < 0) {
            error.set(I18n.get(RulesMsg.RULES_ERROR_NEGATIVE));
        } else if (whole && number.stripTrailingZeros().scale() > 0) {
            error.set(I18n.get(RulesMsg.RULES_ERROR_NOT_WHOLE));
        } else if (number.compareTo(max) > 0) {
            error.set(I18n.get(RulesMsg.RULES_ERROR_RANGE, "0", max.toPlainString()));
        } else {
            value = number;
            error.set("");
        }
    }
}
