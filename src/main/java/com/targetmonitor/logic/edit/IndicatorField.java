package com.targetmonitor.logic.edit;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Responsibility;
import com.targetmonitor.model.ResponsibilityRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The parts of an indicator an officer can tell apart, in the form's order: what a conflict lists
 * when the indicator someone saves is no longer the one stored. Together they cover every component
 * of {@link Indicator} but its id (the units as the lead and the others in order; the lead is listed
 * first by every writer, "列第一位的责任单位为牵头单位").
 */
public enum IndicatorField {
    PLAN(Indicator::planId),
    CODE(Indicator::code),
    NAME(Indicator::name),
    CATEGORY(Indicator::categoryId),
    PARENT(Indicator::parentId),
    KIND(Indicator::kind),
    UNIT_OF_MEASURE(Indicator::unitOfMeasure),
    FREQUENCY(Indicator::frequency),
    TARGET(i -> i.target().value()),
    QUALIFIER(i -> i.target().qualifier()),
    DIRECTION(i -> i.target().direction()),
    STRETCH(i -> i.target().stretch()),
    DEADLINE(i -> i.target().deadline()),
    LEAD(i -> i.leadUnitId().orElse(null)),
    SUPPORT(IndicatorField::otherUnits),
    SOURCE_SENTENCE(i -> i.source().sentence()),
    SOURCE_DOCUMENT(i -> i.source().document()),
    SOURCE_NOTE(i -> i.source().note()),
    PHASING(Indicator::phasing),
    POSITION(Indicator::position);

    private final Function<Indicator, Object> read;

    IndicatorField(Function<Indicator, Object> read) {
        this.read = read;
    }

    /** The field's value in the indicator (ids for category, parent, plan and units). */
    public Object of(Indicator indicator) {
        return read.apply(indicator);
    }

    /** The fields in which the two differ, in the form's order; empty when they are equal but for the id. */
    public static List<IndicatorField> differing(Indicator a, Indicator b) {
        return Arrays.stream(values()).filter(f -> !Objects.equals(f.of(a), f.of(b))).toList();
    }

    /** Every responsibility but the lead's, in the plan's order (supporting units, roles included). */
    private static List<Responsibility> otherUnits(Indicator indicator) {
        List<Responsibility> others = new ArrayList<>(indicator.responsibilities());
        others.stream().filter(r -> r.role() == ResponsibilityRole.LEAD).findFirst().ifPresent(others::remove);
        return others;
    }
}
