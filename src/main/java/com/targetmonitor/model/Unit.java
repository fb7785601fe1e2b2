package com.targetmonitor.model;

import java.util.Objects;

/**
 * A responsible unit: a city, county, department, industrial chain … Units form a tree through
 * {@code parentId} (city → counties, departments, chains).
 *
 * @param leader the responsible leader (责任领导, or 链长 for a chain); may be empty
 */
public record Unit(Long id, String name, UnitKind kind, Long parentId, String leader) {

    public Unit {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a unit needs a name");
        }
        kind = Objects.requireNonNullElse(kind, UnitKind.OTHER);
        leader = Objects.requireNonNullElse(leader, "");
    }

    public Unit withId(Long newId) {
        return new Unit(newId, name, kind, parentId, leader);
    }
}
