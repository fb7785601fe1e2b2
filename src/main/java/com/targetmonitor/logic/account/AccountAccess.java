package com.targetmonitor.logic.account;

/**
 * Whether the open workspace's accounts may be managed from this session, and if not why: a file has
 * no accounts (its account is the computer's user), and on a server only its owner may (the account
 * that set it up, with the right to create logins): the server gives an admin account neither the
 * list of accounts nor the right to create logins (migration V5).
 *
 * @param account the account this session is logged in with (null for a file)
 */
public record AccountAccess(State state, String account) {

    /** Why accounts may or may not be managed. */
    public enum State {
        /** The owner of a shared workspace. */
        ALLOWED,
        /** A workspace file: no accounts. */
        NOT_A_SERVER,
        /** An admin account: it manages plans, indicators, units and rules, but the owner manages accounts. */
        NOT_OWNER,
        /** An editor, reporter or viewer of a shared workspace. */
        NOT_ADMIN
    }

    public boolean allowed() {
        return state == State.ALLOWED;
    }
}
