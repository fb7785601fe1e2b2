package com.targetmonitor.logic.excel.read;

import com.targetmonitor.logic.excel.read.SpreadsheetException.Reason;
import java.util.Locale;

/** Turns what POI throws at a bad file into one line an officer can act on. */
final class Failures {

    private Failures() {
    }

    static SpreadsheetException translate(String fileName, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("zip bomb") || lower.contains("max size of the expanded data")) {
                return new SpreadsheetException(Reason.TOO_LARGE, fileName,
                        "refused: a part of the file would inflate far beyond its size (a zip bomb?)", error);
            }
            if (lower.contains("max. file count") || lower.contains("max file count")) {
                return new SpreadsheetException(Reason.TOO_LARGE, fileName, "refused: the archive has too many parts",
                        error);
            }
            if (lower.contains("doctype") || lower.contains("entity")) {
                return new SpreadsheetException(Reason.UNSAFE, fileName,
                        "refused: its XML declares a document type or external entities, which workbooks never use",
                        error);
            }
            if (t instanceof org.apache.poi.EncryptedDocumentException) {
                return new SpreadsheetException(Reason.ENCRYPTED, fileName,
                        "the workbook is protected by a password; remove the password in Excel and import again",
                        error);
            }
        }
        String cause = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage().lines().findFirst().orElse("").strip();
        if (cause.length() > 120) {
            cause = cause.substring(0, 117) + "...";
        }
        return new SpreadsheetException(Reason.DAMAGED, fileName, "the file is damaged and cannot be read (" + cause + ")",
                error);
    }
}
