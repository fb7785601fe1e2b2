package com.targetmonitor.persistence;

/**
 * An account of a workspace on a server: a login role of the database, with its role and, for a
 * reporter, the unit whose figures it may write.
 *
 * @param role     admin, editor, reporter or viewer
 * @param unitName the reporter's unit, else null
 */
public record Account(String name, String role, String unitName) {

    public static final java.util.List<String> ROLES = java.util.List.of("admin", "editor", "reporter", "viewer");
}
