package com.targetmonitor.logic.extract.read;

/** A document that cannot be read, with a message that names the file and says why. */
public final class DocumentException extends RuntimeException {

    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
