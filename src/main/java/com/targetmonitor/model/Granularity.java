package com.targetmonitor.model;

/** Whether a period is a cumulative month (1–N月) or a cumulative quarter (一季度, 上半年 …). */
public enum Granularity {
    MONTH,
    QUARTER
}
