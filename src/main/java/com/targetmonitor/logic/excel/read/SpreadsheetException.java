package com.targetmonitor.logic.excel.read;

/**
 * A file that cannot be imported, with one line saying why. Thrown before anything is written, so
 * the workspace is left as it was.
 */
public class SpreadsheetException extends RuntimeException {

    /** Why, so that the window can say it in the officer's language. */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY,
        /** Not an Excel workbook or a CSV file (a Word document, a picture, text named .xlsx …). */
        NOT_A_SPREADSHEET,
        /** Protected by a password. */
        ENCRYPTED,
        /** Truncated or otherwise broken. */
        DAMAGED,
        /** Would inflate to more than we accept (zip bomb), or has far too many rows or cells. */
        TOO_LARGE,
        /** Its XML declares a document type or entities, which spreadsheets never need. */
        UNSAFE,
        /** No sheet has a header row we recognise. */
        NO_HEADER,
        /** Neither the file nor the command says which period the figures are for. */
        PERIOD_UNKNOWN,
        /** The file cannot be read at all (missing, no permission). */
        UNREADABLE
    }

    private final Reason reason;
    private final String fileName;

    public SpreadsheetException(Reason reason, String fileName, String message) {
        this(reason, fileName, message, null);
    }

    public SpreadsheetException(Reason reason, String fileName, String message, Throwable cause) {
        super(fileName + ": " + message, cause);
        this.reason = reason;
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    public String fileName() {
        return fileName;
    }
}
