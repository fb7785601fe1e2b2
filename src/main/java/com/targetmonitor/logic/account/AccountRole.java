package com.targetmonitor.logic.account;

import java.util.Locale;
import java.util.Optional;

/**
 * What an account of a shared workspace may do; the server enforces it (ADR 0009). Only a reporter is
 * bound to a unit: it writes the figures and notes of the indicators that unit leads.
 */
public enum AccountRole {
    ADMIN, EDITOR, REPORTER, VIEWER;

    /** The role's name on the server and on the command line: admin, editor, reporter, viewer. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean needsUnit() {
        return this == REPORTER;
    }

    /** The role of a server's code; empty for one this version does not know. */
    public static Optional<AccountRole> ofCode(String code) {
        for (AccountRole role : values()) {
            if (role.code().equals(code)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
