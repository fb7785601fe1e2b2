package com.targetmonitor.logic.extract;

/**
 * One sentence of a document, as the grammar reads it.
 *
 * @param text     the sentence as written (line breaks of the PDF joined), shown to the officer
 * @param document the document's name
 * @param index    its position in the document, so proposals keep the document's order
 */
public record Sentence(String text, String document, int index) {
}
