package com.targetmonitor.ui.accounts;

import com.targetmonitor.logic.account.AccountRole;
import com.targetmonitor.model.Unit;
import com.targetmonitor.ui.accounts.AccountsViewModel.Field;
import java.util.Optional;
import java.util.regex.Pattern;

/** What is wrong with a new account's form, the first thing in the form's order; nothing reaches the server before. */
final class AccountFormCheck {

    /** The field that is wrong and what is wrong with it. */
    record Problem(Field field, AccountsMsg message) {
    }

    /** What PostgreSQL takes as a login name without quoting, and what an officer can type on any keyboard. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    private AccountFormCheck() {
    }

    static Optional<Problem> check(String name, String password, String repeat, AccountRole role, Unit unit) {
        String typed = name == null ? "" : name.strip();
        if (typed.isEmpty()) {
            return problem(Field.NAME, AccountsMsg.NAME_EMPTY);
        }
        if (!NAME.matcher(typed).matches()) {
            return problem(Field.NAME, AccountsMsg.NAME_FORM);
        }
        if (password == null || password.isEmpty()) {
            return problem(Field.PASSWORD, AccountsMsg.PASSWORD_EMPTY);
        }
        if (!password.equals(repeat)) {
            return problem(Field.REPEAT, AccountsMsg.PASSWORDS_DIFFER);
        }
        if (role == null) {
            return problem(Field.ROLE, AccountsMsg.ROLE_EMPTY);
        }
        if (role.needsUnit() && unit == null) {
            return problem(Field.UNIT, AccountsMsg.UNIT_EMPTY);
        }
        return Optional.empty();
    }

    private static Optional<Problem> problem(Field field, AccountsMsg message) {
        return Optional.of(new Problem(field, message));
    }
}
