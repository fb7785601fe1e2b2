package com.targetmonitor.logic.extract;

/**
 * A target written without a figure: "与经济增长同步", "完成省下达目标", "保持合理增长". Listed for the
 * officer to fill in; never given an invented number.
 *
 * @param name   the indicator it speaks of, as far as the sentence names it
 * @param phrase the words that stand where a figure would be
 */
public record Statement(String name, String phrase, Sentence sentence) {
}
