package com.targetmonitor.logic.excel.export;

import java.nio.file.Path;
import java.util.List;

/**
 * The department templates written.
 *
 * @param files      one per responsible unit
 * @param unassigned indicators with no lead unit, which no template holds
 */
public record TemplateResult(List<Path> files, List<String> unassigned) {

    public TemplateResult {
        files = List.copyOf(files);
        unassigned = List.copyOf(unassigned);
    }
}
