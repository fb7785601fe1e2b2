package com.targetmonitor.ui.accounts;

import com.targetmonitor.ui.MessageKey;

/** UI texts of the accounts dialog (文件 → 账户管理); see {@link com.targetmonitor.ui.MessageKey}. */
public enum AccountsMsg implements MessageKey {
    TITLE("accounts.title", 0),
    /** {0}: the account in use. */
    HEADER("accounts.header", 1),
    CLOSE("accounts.close", 0),
    COL_NAME("accounts.col.name", 0),
    COL_ROLE("accounts.col.role", 0),
    COL_UNIT("accounts.col.unit", 0),
    EMPTY("accounts.empty", 0),
    ROLE_ADMIN("accounts.role.admin", 0),
    ROLE_EDITOR("accounts.role.editor", 0),
    ROLE_REPORTER("accounts.role.reporter", 0),
    ROLE_VIEWER("accounts.role.viewer", 0),
    ROLES_NOTE("accounts.rolesNote", 0),
    ADD_HEADING("accounts.add.heading", 0),
    FIELD_NAME("accounts.field.name", 0),
    FIELD_PASSWORD("accounts.field.password", 0),
    FIELD_REPEAT("accounts.field.repeat", 0),
    FIELD_ROLE("accounts.field.role", 0),
    FIELD_UNIT("accounts.field.unit", 0),
    UNIT_NONE("accounts.unitNone", 0),
    UNIT_CHOOSE("accounts.unitChoose", 0),
    ADD("accounts.add", 0),
    REMOVE("accounts.remove", 0),
    NAME_EMPTY("accounts.check.nameEmpty", 0),
    NAME_FORM("accounts.check.nameForm", 0),
    PASSWORD_EMPTY("accounts.check.passwordEmpty", 0),
    PASSWORDS_DIFFER("accounts.check.passwordsDiffer", 0),
    ROLE_EMPTY("accounts.check.roleEmpty", 0),
    UNIT_EMPTY("accounts.check.unitEmpty", 0),
    NOT_A_SERVER("accounts.unavailable.notServer", 0),
    /** {0}: the account in use. */
    NOT_ADMIN("accounts.unavailable.notAdmin", 1),
    /** {0}: the account's name. */
    ADDED("accounts.added", 1),
    /** {0}: the account's name. */
    REMOVED("accounts.removed", 1),
    CONFIRM_REMOVE_TITLE("accounts.confirmRemove.title", 0),
    /** {0}: the account's name; {1}: its role. */
    CONFIRM_REMOVE("accounts.confirmRemove", 2),
    TASK_LOAD("accounts.task.load", 0),
    TASK_ADD("accounts.task.add", 0),
    TASK_REMOVE("accounts.task.remove", 0),
    LOAD_FAILED("accounts.failed.load", 0),
    ADD_FAILED("accounts.failed.add", 0),
    REMOVE_FAILED("accounts.failed.remove", 0),
    /** {0}: the account's name. */
    REFUSED_NAME_TAKEN("accounts.refused.nameTaken", 1),
    REFUSED_NOT_PERMITTED("accounts.refused.notPermitted", 0),
    /** {0}: the account's name. */
    REFUSED_NO_SUCH_ACCOUNT("accounts.refused.noSuchAccount", 1),
    /** {0}: the account's name. */
    REFUSED_OWN_ACCOUNT("accounts.refused.ownAccount", 1),
    /** {0}: the server's own words. */
    REFUSED_OTHER("accounts.refused.other", 1),
    ;

    private final Spec spec;

    AccountsMsg(String key, int argumentCount) {
        this.spec = new Spec(key, argumentCount);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
