package com.targetmonitor.logic.account;

/** The server (or this app, first) refused to add or remove an account; nothing was changed. */
public final class AccountRefusedException extends RuntimeException {

    /** Why, so the window can say it in the officer's language. */
    public enum Reason {
        /** The name is already a login on the server. */
        NAME_TAKEN,
        /** This account may not manage accounts (or create logins on the server). */
        NOT_PERMITTED,
        /** No account has that name (removed meanwhile by someone else). */
        NO_SUCH_ACCOUNT,
        /** The account this session is logged in with cannot remove itself. */
        OWN_ACCOUNT,
        /** Anything else: the server's own words are in the message. */
        OTHER
    }

    private final Reason reason;

    public AccountRefusedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
