package com.targetmonitor.logic.extract;

import java.util.List;

/**
 * What the grammar read from one or more documents.
 *
 * @param year the plan year deadlines without a year fall in (given, or read from the documents)
 */
public record Extraction(int year, List<ProposedTarget> targets, List<ProposedObservation> observations,
                         List<Statement> statements, List<Sentence> sentences) {

    public Extraction {
        targets = List.copyOf(targets);
        observations = List.copyOf(observations);
        statements = List.copyOf(statements);
        sentences = List.copyOf(sentences);
    }
}
