package com.targetmonitor.ui.edit;

import com.targetmonitor.logic.edit.IndicatorField;
import com.targetmonitor.logic.workspace.WorkspaceQueries;
import com.targetmonitor.model.Category;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.Unit;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.StatusTexts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An indicator's fields in the words of its form: the field's label, and its value as the form shows it
 * (names for the category, parent, plan and units, numbers as typed, "（无）" for nothing).
 */
final class IndicatorFieldTexts {

    private final Map<Long, String> plans;
    private final Map<Long, String> categories;
    private final Map<Long, String> indicators;
    private final Map<Long, String> units;

    /** Reads the names the values need: the plan's categories and indicators, every plan and unit. */
    IndicatorFieldTexts(WorkspaceQueries queries, long planId) {
        plans = names(queries.plans(), Plan::id, Plan::name);
        categories = names(queries.categories(planId), Category::id, Category::name);
        indicators = names(queries.indicators(planId), Indicator::id, ChoiceTexts::indicator);
        units = names(queries.units(), Unit::id, Unit::name);
    }

    private static <T> Map<Long, String> names(List<T> items, Function<T, Long> id, Function<T, String> name) {
        return items.stream().collect(Collectors.toMap(id, name, (x, y) -> x));
    }

    static String label(IndicatorField field) {
        return I18n.get(switch (field) {
            case PLAN -> EditMsg.EDIT_INDICATOR_PLAN;
            case CODE -> EditMsg.EDIT_INDICATOR_CODE;
            case NAME -> EditMsg.EDIT_INDICATOR_NAME;
            case CATEGORY -> EditMsg.EDIT_INDICATOR_CATEGORY;
            case PARENT -> EditMsg.EDIT_INDICATOR_PARENT;
            case KIND -> EditMsg.EDIT_INDICATOR_KIND;
            case UNIT_OF_MEASURE -> EditMsg.EDIT_INDICATOR_UNIT_OF_MEASURE;
            case FREQUENCY -> EditMsg.EDIT_INDICATOR_FREQUENCY;
            case TARGET -> EditMsg.EDIT_INDICATOR_TARGET;
            case QUALIFIER -> EditMsg.EDIT_INDICATOR_QUALIFIER;
            case DIRECTION -> EditMsg.EDIT_INDICATOR_DIRECTION;
            case STRETCH -> EditMsg.EDIT_INDICATOR_STRETCH;
            case DEADLINE -> EditMsg.EDIT_INDICATOR_DEADLINE;
            case LEAD -> EditMsg.EDIT_INDICATOR_LEAD;
            case SUPPORT -> EditMsg.EDIT_INDICATOR_SUPPORT;
            case SOURCE_SENTENCE -> EditMsg.EDIT_INDICATOR_SOURCE_SENTENCE;
            case SOURCE_DOCUMENT -> EditMsg.EDIT_INDICATOR_SOURCE_DOCUMENT;
            case SOURCE_NOTE -> EditMsg.EDIT_INDICATOR_SOURCE_NOTE;
            case PHASING -> EditMsg.EDIT_INDICATOR_PHASING;
            case POSITION -> EditMsg.EDIT_INDICATOR_POSITION;
        });
    }

    /** The field's value in the indicator, as the form would show it. */
    String value(IndicatorField field, Indicator indicator) {
        String text = switch (field) {
            case PLAN -> name(plans, indicator.planId());
            case CATEGORY -> name(categories, indicator.categoryId());
            case PARENT -> name(indicators, indicator.parentId());
            case LEAD -> name(units, indicator.leadUnitId().orElse(null));
            case KIND -> StatusTexts.kind(indicator.kind());
            case FREQUENCY -> ChoiceTexts.frequency(indicator.frequency());
            case QUALIFIER -> ChoiceTexts.qualifier(indicator.target().qualifier());
            case DIRECTION -> ChoiceTexts.direction(indicator.target().direction());
            case TARGET, STRETCH -> plain((Double) field.of(indicator));
            case SUPPORT -> ((List<?>) field.of(indicator)).stream()
                    .map(r -> name(units, ((Responsibility) r).unitId())).collect(Collectors.joining("、"));
            case PHASING -> indicator.phasing() == null ? "" : indicator.phasing().cumulativePct().stream()
                    .map(IndicatorFieldTexts::plain).collect(Collectors.joining("、"));
            case POSITION -> String.valueOf(indicator.position() + 1);
            default -> Objects.toString(field.of(indicator), "");
        };
        return text.isBlank() ? ChoiceTexts.none() : text;
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? "" : names.getOrDefault(id, "#" + id);
    }

    /** 93.2 as "93.2" and 9500.0 as "9500", never "9.5E3" (as the form's text fields show them). */
    static String plain(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
