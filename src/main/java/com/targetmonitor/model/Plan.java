package com.targetmonitor.model;

import java.util.Objects;

/**
 * A year's work plan of a region, e.g. 金昌市2022年, with the rules its indicators are judged by.
 *
 * @param id       database id, null until stored
 * @param document the document the plan's targets come from (speech, 分解通知 …)
 */
public record Plan(Long id, String name, String region, int year, String document, RuleSet rules) {

    public Plan {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a plan needs a name");
        }
        if (year < 1949 || year > 2200) {
            throw new IllegalArgumentException("implausible plan year: " + year);
        }
        rules = Objects.requireNonNullElse(rules, RuleSet.DEFAULT);
        region = Objects.requireNonNullElse(region, "");
        document = Objects.requireNonNullElse(document, "");
    }

    public Plan withId(Long newId) {
        return new Plan(newId, name, region, year, document, rules);
    }

    public Plan withRules(RuleSet newRules) {
        return new Plan(id, name, region, year, document, newRules);
    }
}
