package com.targetmonitor.logic.seed;

/** A seed file that cannot be read or does not hold together; the message names the file and place. */
public class SeedException extends RuntimeException {

    public SeedException(String message) {
        super(message);
    }

    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
