package com.targetmonitor.logic.account;

/**
 * One account of a shared workspace as listed: its login name, its role and, for a reporter, its unit.
 *
 * @param unitName the reporter's unit, else null
 */
public record AccountEntry(String name, AccountRole role, String unitName) {
}
