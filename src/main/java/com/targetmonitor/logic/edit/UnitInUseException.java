package com.targetmonitor.logic.edit;

/**
 * A unit cannot be deleted while indicators or other units refer to it. Carries the counts so the
 * window can say, in the officer's language, how many indicators use it.
 */
public final class UnitInUseException extends RuntimeException {

    private final String unitName;
    private final transient UnitUsage usage;

    public UnitInUseException(String unitName, UnitUsage usage) {
        super("unit " + unitName + " is still used by " + usage.indicators() + " indicators and has "
                + usage.childUnits() + " units below it");
        this.unitName = unitName;
        this.usage = usage;
    }

    public String unitName() {
        return unitName;
    }

    public UnitUsage usage() {
        return usage;
    }
}
