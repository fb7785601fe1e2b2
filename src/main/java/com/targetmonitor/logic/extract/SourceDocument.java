package com.targetmonitor.logic.extract;

import java.util.Objects;

/**
 * One document's text as read from a file or pasted: a 政府工作报告, an 经济工作会议 speech, a 计划报告.
 *
 * @param name the file name (or "粘贴文本"), shown with every proposal so the officer can find it
 */
public record SourceDocument(String name, String text) {

    public SourceDocument {
        name = Objects.requireNonNullElse(name, "");
        text = Objects.requireNonNullElse(text, "");
    }
}
