package com.targetmonitor.model;

import java.util.Objects;

/**
 * Where a figure comes from: the sentence as written, the document, and a note on how the figure
 * was read from it (e.g. "目标8%由增速11.7%减3.7个百分点推得").
 */
public record Source(String sentence, String document, String note) {

    public static final Source NONE = new Source("", "", "");

    public Source {
        sentence = Objects.requireNonNullElse(sentence, "");
        document = Objects.requireNonNullElse(document, "");
        note = Objects.requireNonNullElse(note, "");
    }
}
