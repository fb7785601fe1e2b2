package com.targetmonitor.model;

/** "列第一位的责任单位为牵头单位": the lead unit comes first, supporting units after it. */
public enum ResponsibilityRole {
    /** 牵头单位. */
    LEAD,
    /** 配合单位. */
    SUPPORT
}
