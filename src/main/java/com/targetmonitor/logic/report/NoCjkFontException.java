package com.targetmonitor.logic.report;

/**
 * No font that can draw and embed Chinese text was found. Writing the PDF anyway would print empty
 * boxes, so the report refuses instead and says how to fix it.
 */
public class NoCjkFontException extends RuntimeException {

    public NoCjkFontException(String message) {
        super(message);
    }
}
