package com.targetmonitor.ui.detail;

import com.targetmonitor.model.Light;
import com.targetmonitor.model.Status;

/** One decomposed part of the indicator with its own target, lead unit and standing. */
public record ChildRow(long indicatorId, String code, String name, String target, String leadUnit, String actual,
                       Status status, String statusText, Light light) {
}
