package com.targetmonitor.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks that decomposed targets add up: the parts given to the eight chains must make the 60亿
 * of the whole. Only amounts and counts are checked, since rates and levels do not add.
 * "Within rounding" means within half a unit of the plan's rounding.
 */
public final class DecompositionCheck {

    private final BigDecimal tolerance;

    public DecompositionCheck(RuleSet rules) {
        this.tolerance = BigDecimal.ONE.movePointLeft(rules.scale()).divide(BigDecimal.valueOf(2), rules.scale() + 1,
                RoundingMode.HALF_UP);
    }

    /** Every parent whose children's targets do not add up to its own target. */
    public List<DecompositionBreak> targets(Collection<Indicator> indicators) {
        return check(indicators, i -> i.target().value(), true);
    }

    /**
     * Every parent whose children's actuals do not add up to its own actual. Only complete sets are
     * compared: the whole is often published before its parts, which is missing data, not a break.
     *
     * @param actualByIndicatorId the value judged for each indicator (missing or null: no actual)
     */
    public List<DecompositionBreak> actuals(Collection<Indicator> indicators, Map<Long, Double> actualByIndicatorId) {
        return check(indicators, i -> actualByIndicatorId.get(i.id()), false);
    }

    private List<DecompositionBreak> check(Collection<Indicator> indicators, Function<Indicator, Double> valueOf,
                                           boolean reportMissing) {
        Map<Long, List<Indicator>> childrenByParent = new LinkedHashMap<>();
        Map<Long, Indicator> byId = new LinkedHashMap<>();
        for (Indicator indicator : indicators) {
            byId.put(indicator.id(), indicator);
        }
        for (Indicator indicator : indicators) {
            if (indicator.parentId() != null && byId.containsKey(indicator.parentId())) {
                childrenByParent.computeIfAbsent(indicator.parentId(), k -> new ArrayList<>()).add(indicator);
            }
        }
        List<DecompositionBreak> breaks = new ArrayList<>();
        for (Map.Entry<Long, List<Indicator>> entry : childrenByParent.entrySet()) {
            check(byId.get(entry.getKey()), entry.getValue(), valueOf, reportMissing).ifPresent(breaks::add);
        }
        return breaks;
    }

    /**
     * Whether one parent's children's actuals add up to its own, judged as {@link #actuals} judges each
     * parent: the window checks again only the parents whose family had a value changed.
     *
     * @param children the parent's decomposed parts, in the plan's order
     */
    public Optional<DecompositionBreak> actualsOf(Indicator parent, List<Indicator> children,
                                                  Map<Long, Double> actualByIndicatorId) {
        return check(parent, children, i -> actualByIndicatorId.get(i.id()), false);
    }

    private Optional<DecompositionBreak> check(Indicator parent, List<Indicator> children,
                                               Function<Indicator, Double> valueOf, boolean reportMissing) {
        Double parentValue = valueOf.apply(parent);
        if (!parent.kind().isProgressive() || parentValue == null) {
            return Optional.empty();
        }
        List<Indicator> missing = children.stream().filter(c -> valueOf.apply(c) == null).toList();
        BigDecimal parentDecimal = BigDecimal.valueOf(parentValue);
        if (!missing.isEmpty()) {
            return reportMissing
                    ? Optional.of(new DecompositionBreak(parent, children, parentDecimal, null, missing))
                    : Optional.empty();
        }
        BigDecimal sum = children.stream()
                .map(c -> BigDecimal.valueOf(Objects.requireNonNull(valueOf.apply(c))))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.subtract(parentDecimal).abs().compareTo(tolerance) > 0
                ? Optional.of(new DecompositionBreak(parent, children, parentDecimal, sum, List.of()))
                : Optional.empty();
    }
}
