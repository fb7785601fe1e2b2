package com.targetmonitor.persistence;

/**
 * The server refused a change this account may not make (无权限): another unit's figure for a
 * reporter, any change for a viewer. Nothing was changed.
 */
public class NotPermittedException extends PersistenceException {

    public NotPermittedException(String message) {
        super(message);
    }

    public NotPermittedException(String message, Throwable cause) {
        super(message, cause);
    }
}
