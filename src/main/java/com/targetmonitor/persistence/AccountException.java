package com.targetmonitor.persistence;

/** An account could not be added or removed for a reason the caller can name; nothing was changed. */
public class AccountException extends PersistenceException {

    /** What was wrong. */
    public enum Reason {
        /** The name is already a login of the server (an account, or another role). */
        NAME_TAKEN,
        /** No account has that name. */
        NO_SUCH_ACCOUNT
    }

    private final Reason reason;

    public AccountException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
