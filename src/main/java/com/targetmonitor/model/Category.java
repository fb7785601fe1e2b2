package com.targetmonitor.model;

/** A section of a plan ("一、经济发展"); indicators are shown grouped by it. */
public record Category(Long id, Long planId, String name, int position) {

    public Category {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a category needs a name");
        }
    }

    public Category withId(Long newId) {
        return new Category(newId, planId, name, position);
    }
}
