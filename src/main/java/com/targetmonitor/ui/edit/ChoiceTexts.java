package com.targetmonitor.ui.edit;

import com.targetmonitor.model.Category;
import com.targetmonitor.model.Direction;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Unit;
import com.targetmonitor.model.UnitKind;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.CommonMsg;

/** The words the forms show for their choices; null (no choice) reads "（无）". */
final class ChoiceTexts {

    private ChoiceTexts() {
    }

    static String none() {
        return I18n.get(EditMsg.EDIT_NONE);
    }

    static String unitKind(UnitKind kind) {
        return I18n.get(switch (kind) {
            case CITY -> EditMsg.EDIT_UNIT_KIND_CITY;
            case COUNTY -> EditMsg.EDIT_UNIT_KIND_COUNTY;
            case DEPARTMENT -> EditMsg.EDIT_UNIT_KIND_DEPARTMENT;
            case CHAIN -> EditMsg.EDIT_UNIT_KIND_CHAIN;
            case PARK -> EditMsg.EDIT_UNIT_KIND_PARK;
            case ENTERPRISE -> EditMsg.EDIT_UNIT_KIND_ENTERPRISE;
            case OTHER -> EditMsg.EDIT_UNIT_KIND_OTHER;
        });
    }

    static String frequency(Frequency frequency) {
        return I18n.get(switch (frequency) {
            case MONTHLY -> EditMsg.EDIT_FREQUENCY_MONTHLY;
            case QUARTERLY -> EditMsg.EDIT_FREQUENCY_QUARTERLY;
            case ANNUAL -> EditMsg.EDIT_FREQUENCY_ANNUAL;
        });
    }

    static String direction(Direction direction) {
        return I18n.get(direction == Direction.LOWER_BETTER ? EditMsg.EDIT_DIRECTION_LOWER : EditMsg.EDIT_DIRECTION_HIGHER);
    }

    static String qualifier(Qualifier qualifier) {
        return I18n.get(switch (qualifier) {
            case NONE -> EditMsg.EDIT_NONE;
            case AT_LEAST -> CommonMsg.QUALIFIER_AT_LEAST;
            case ABOUT -> CommonMsg.QUALIFIER_ABOUT;
            case AT_MOST -> CommonMsg.QUALIFIER_AT_MOST;
            case EXCEED -> CommonMsg.QUALIFIER_EXCEED;
        });
    }

    static String unit(Unit unit) {
        return unit == null ? none() : unit.name();
    }

    static String category(Category category) {
        return category == null ? none() : category.name();
    }

    /** "3.04 投资完成率低于30%的亿元以上项目". */
    static String indicator(Indicator indicator) {
        if (indicator == null) {
            return none();
        }
        return indicator.code().isEmpty() ? indicator.name() : indicator.code() + " " + indicator.name();
    }
}
