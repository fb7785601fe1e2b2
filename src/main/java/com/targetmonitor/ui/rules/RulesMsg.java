package com.targetmonitor.ui.rules;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the rules feature; see {@link com.targetmonitor.ui.MessageKey}. */
public enum RulesMsg implements MessageKey {
    /** {0}: plan name. */
    RULES_TITLE("rules.title", 1),
    RULES_HEADER("rules.header", 0),
    RULES_AMOUNT_BAND("rules.amountBand", 0),
    RULES_AMOUNT_BAND_HINT("rules.amountBand.hint", 0),
    RULES_RATE_BAND("rules.rateBand", 0),
    RULES_RATE_BAND_HINT("rules.rateBand.hint", 0),
    RULES_TOLERANCE("rules.tolerance", 0),
    RULES_TOLERANCE_HINT("rules.tolerance.hint", 0),
    RULES_SCALE("rules.scale", 0),
    RULES_SCALE_HINT("rules.scale.hint", 0),
    RULES_UNIT_POINTS("rules.unit.points", 0),
    RULES_UNIT_DECIMALS("rules.unit.decimals", 0),
    RULES_RESET("rules.reset", 0),
    RULES_OK("rules.ok", 0),
    RULES_CANCEL("rules.cancel", 0),
    RULES_ERROR_EMPTY("rules.error.empty", 0),
    /** {0}: what was typed. */
    RULES_ERROR_NOT_NUMBER("rules.error.notNumber", 1),
    RULES_ERROR_NEGATIVE("rules.error.negative", 0),
    /** {0}: smallest allowed; {1}: largest allowed. */
    RULES_ERROR_RANGE("rules.error.range", 2),
    RULES_ERROR_NOT_WHOLE("rules.error.notWhole", 0),
    /** {0}: plan name. */
    RULES_EDIT("rules.edit", 1),
    RULES_SAVE_FAILED_TITLE("rules.saveFailed", 0),
    RULES_MENU("rules.menu", 0),
    ;

    private final Spec spec;

    RulesMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
