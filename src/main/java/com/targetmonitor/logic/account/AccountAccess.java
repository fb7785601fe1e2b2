package com.targetmonitor.logic.account;

/**
 * Whether the open workspace's accounts may be managed from this session, and if not why: a file has
 * no accounts (its account is the computer's user), and on a server its owner (the account that set
 * it up) and its admin accounts may, through the server's account functions (migration V7); an editor,
 * reporter or viewer may not.
 *
 * @param account the account this session is logged in with (null for a file)
 */
public record AccountAccess(State state, String account) {

    /** Why accounts may or may not be managed. */
    public enum State {
        /** The owner or an admin account of a shared workspace. */
        ALLOWED,
        /** A workspace file: no accounts. */
        NOT_A_SERVER,
        /** An editor, reporter or viewer of a shared workspace. */
        NOT_ADMIN
    }

    public boolean allowed() {
        return state == State.ALLOWED;
    }
}
