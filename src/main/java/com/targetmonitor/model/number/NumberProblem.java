package com.targetmonitor.model.number;

/**
 * Why a text is no value to store, named so the grid, the forms and the import preview can tell the
 * officer what is wrong and where ("约5000" is an estimate, not a figure; "265.3万元" is in the wrong unit).
 */
public enum NumberProblem {
    /** Not a number in any of the ways officers write one ("abc", "12..5", "1,23", "12.5吨煤"). */
    NOT_A_NUMBER,
    /** An estimate or a bound rather than a figure: "约5000", "30左右", "30以上", "近百", "30多". */
    APPROXIMATE,
    /** A spreadsheet's formula error copied along: "#N/A", "#DIV/0!", "#REF!". */
    FORMULA_ERROR,
    /** Far longer than any figure (a pasted paragraph, a cell of millions of digits). */
    TOO_LONG,
    /** Written as a number but beyond what can be stored ("1E999"). */
    OUT_OF_RANGE,
    /** "8%" where an amount or a count is meant. */
    PERCENT_NOT_ALLOWED,
    /** A unit other than the field's or the indicator's: "265.3万元" in a 亿元 row, "9500人" in a plain field. */
    OTHER_UNIT,
    /** A negative amount or count: cumulative quantities cannot fall below zero (growth rates can). */
    NEGATIVE,
    /** A milestone takes done (1, 是, 完成, √ …) or not done (0, 否, 未完成, 未开工 …), nothing else. */
    NOT_A_MILESTONE_STATE
}
