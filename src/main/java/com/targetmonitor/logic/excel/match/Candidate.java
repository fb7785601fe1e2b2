package com.targetmonitor.logic.excel.match;

import com.targetmonitor.model.Indicator;

/**
 * An indicator a row name may mean, with how alike the names are (0–1).
 *
 * @param alias the name was confirmed by an officer before (an alias), not guessed
 */
public record Candidate(Indicator indicator, double score, boolean alias) {
}
