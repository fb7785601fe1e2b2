package com.targetmonitor.ui.detail;

import com.targetmonitor.ui.MessageKey;
import java.util.Objects;

/** One labelled line of the detail pane ("目标  9500人以上"); the label is a text key. */
public record DetailField(MessageKey label, String value) {

    public DetailField {
        Objects.requireNonNull(label, "label");
        value = Objects.requireNonNullElse(value, "");
    }
}
