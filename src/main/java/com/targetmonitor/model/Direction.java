package com.targetmonitor.model;

/** Whether a larger value is better ("增长8%以上") or a smaller one ("下降3%", "控制在3.5%以内"). */
public enum Direction {
    HIGHER_BETTER,
    LOWER_BETTER
}
