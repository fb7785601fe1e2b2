package com.targetmonitor.logic.report;

import com.targetmonitor.model.Status;
import java.util.List;

/**
 * The 通报 sentences of the indicators that share one standing, e.g. every indicator behind time
 * progress. {@code count} is the number of indicators; it differs from the number of sentences only
 * for {@link Status#NO_DATA}, whose indicators are named together in one sentence.
 */
public record BulletinSection(Status standing, String heading, int count, List<String> sentences) {

    public BulletinSection {
        sentences = List.copyOf(sentences);
    }
}
