package com.targetmonitor.logic.excel.text;

import com.targetmonitor.model.Direction;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Target;
import java.time.LocalDate;

/**
 * A target as read from the words officers write ("增长6%左右", "突破1000亿元", "年底前完成").
 *
 * @param value     the number (negative for 下降), or null for milestones and unreadable text
 * @param unit      a unit written in the text ("亿元", "%"), or empty
 * @param problem   why the text could not be read, or null
 */
public record ParsedTarget(IndicatorKind kind, Double value, Qualifier qualifier, Direction direction,
                           Double stretch, LocalDate deadline, String unit, String problem) {

    public Target target() {
        return new Target(value, qualifier, direction, stretch, deadline);
    }

    public boolean readable() {
        return problem == null;
    }
}
