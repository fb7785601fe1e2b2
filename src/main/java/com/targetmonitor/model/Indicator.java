package com.targetmonitor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One indicator of a plan: "城镇新增就业9500人以上", "固定资产投资增长16%以上", "3月底前建成…".
 *
 * @param parentId         the indicator this one is a decomposed part of ("其中："), or null
 * @param unitOfMeasure    亿元, 万元, 人, 万人, %, 个 …
 * @param responsibilities lead unit first, then supporting units, in the plan's order
 * @param phasing          planned monthly phasing, or null for the even month ÷ 12
 * @param position         order within the category
 */
public record Indicator(Long id, Long planId, Long categoryId, Long parentId, String code, String name,
                        String unitOfMeasure, IndicatorKind kind, Frequency frequency, Target target,
                        Source source, List<Responsibility> responsibilities, Phasing phasing, int position) {

    public Indicator {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an indicator needs a name");
        }
        Objects.requireNonNull(kind, "kind");
        code = Objects.requireNonNullElse(code, "");
        unitOfMeasure = Objects.requireNonNullElse(unitOfMeasure, "");
        frequency = Objects.requireNonNullElse(frequency, Frequency.MONTHLY);
        target = Objects.requireNonNullElse(target, Target.none());
        source = Objects.requireNonNullElse(source, Source.NONE);
        responsibilities = List.copyOf(Objects.requireNonNullElse(responsibilities, List.of()));
    }

    /** The lead unit (牵头单位): the first listed, by the rule "列第一位的责任单位为牵头单位". */
    public Optional<Long> leadUnitId() {
        return responsibilities.stream()
                .filter(r -> r.role() == ResponsibilityRole.LEAD)
                .map(Responsibility::unitId)
                .findFirst();
    }

    public Indicator withId(Long newId) {
        return new Indicator(newId, planId, categoryId, parentId, code, name, unitOfMeasure, kind, frequency,
                target, source, responsibilities, phasing, position);
    }

    public Indicator withTarget(Target newTarget) {
        return new Indicator(id, planId, categoryId, parentId, code, name, unitOfMeasure, kind, frequency,
                newTarget, source, responsibilities, phasing, position);
    }

    public Indicator withPhasing(Phasing newPhasing) {
        return new Indicator(id, planId, categoryId, parentId, code, name, unitOfMeasure, kind, frequency,
                target, source, responsibilities, newPhasing, position);
    }

    public Indicator withParent(Long newParentId) {
        return new Indicator(id, planId, categoryId, newParentId, code, name, unitOfMeasure, kind, frequency,
                target, source, responsibilities, phasing, position);
    }

    public Indicator withPlacement(Long newPlanId, Long newCategoryId, Long newParentId) {
        return new Indicator(id, newPlanId, newCategoryId, newParentId, code, name, unitOfMeasure, kind, frequency,
                target, source, responsibilities, phasing, position);
    }
}
