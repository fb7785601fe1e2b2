package com.targetmonitor.ui.rules;

import com.targetmonitor.ui.I18n;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One number the user types, checked as it is typed: the text, and what is wrong with it in words
 * (empty when nothing is). Full-width digits from a Chinese input method are read like ASCII ones.
 */
final class NumberField {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

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
        String ascii = halfWidth(typed);
        if (ascii.isEmpty()) {
            error.set(I18n.get(RulesMsg.RULES_ERROR_EMPTY));
            return;
        }
        if (!DECIMAL.matcher(ascii).matches()) {
            error.set(I18n.get(RulesMsg.RULES_ERROR_NOT_NUMBER, typed));
            return;
        }
        BigDecimal number = new BigDecimal(ascii.startsWith("+") ? ascii.substring(1) : ascii);
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

    /** ０-９, ．, ＋ and － as typed by a Chinese input method, in ASCII. */
    static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                out.append('.');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else if (c == '＋') {
                out.append('+');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
