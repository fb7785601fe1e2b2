package com.targetmonitor.ui.main;

import java.util.List;

/** A category of the status table ("一、经济发展") with the indicator rows that pass the filters. */
public record CategoryGroup(String name, List<RowNode> rows) {

    public CategoryGroup {
        rows = List.copyOf(rows);
    }
}
