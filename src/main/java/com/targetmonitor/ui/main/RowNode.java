package com.targetmonitor.ui.main;

import com.targetmonitor.logic.status.StandingRow;
import java.util.List;

/** One indicator row of the status table with its decomposed parts below it. */
public record RowNode(StandingRow row, List<RowNode> children) {

    public RowNode {
        children = List.copyOf(children);
    }
}
