package com.targetmonitor.persistence;

/** A storage failure, with a message fit to show an officer (the SQL cause is kept for the log). */
public class PersistenceException extends RuntimeException {

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }

    public PersistenceException(String message) {
        super(message);
    }
}
