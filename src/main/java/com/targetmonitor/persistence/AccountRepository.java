package com.targetmonitor.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts of a workspace on a server. What each may do is the server's to enforce (GRANTs and
 * row-level security, migration V5): this only adds, lists and removes them, for the owner and an admin
 * alike, through the server's functions tm_account_add, tm_account_list and tm_account_remove (run as the
 * owner, executable by the admin group only: migration V7, ADR 0012).
 */
public final class AccountRepository {

    private final Jdbc jdbc;
    private final Transactions tx;
    private final boolean server;

    AccountRepository(Jdbc jdbc, Transactions tx, boolean server) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.server = server;
    }

    /**
     * Adds a login to the database with the role; a reporter is bound to a unit (required), the other
     * roles to none.
     *
     * @throws PersistenceException when the name is taken, the role or unit is wrong, or this account may not
     *                              create accounts
     */
    public void add(String name, String password, String role, Long unitId) {
        requireServer();
        if (!Account.ROLES.contains(role)) {
            throw new PersistenceException("no such role: " + role + " (admin, editor, reporter or viewer)");
        }
        if ("reporter".equals(role) != (unitId != null)) {
            throw new PersistenceException("reporter".equals(role) ? "a reporter needs its unit"
                    : "only a reporter is bound to a unit");
        }
        try {
            tx.run(() -> {
                jdbc.execute("SELECT tm_account_add(?, ?, ?, ?)", name, password, role, unitId);
                return null;
            });
        } catch (NotPermittedException e) {
            throw e;
        } catch (PersistenceException e) {
            // A login of that name in tm_account (23505) or anywhere on the server (42710): the name is taken.
            String state = sqlState(e);
            throw state.equals("23505") || state.equals("42710") ? new AccountException(AccountException.Reason.NAME_TAKEN,
                    "cannot add the account " + name + ": the name is already used on the server", e) : e;
        }
    }

    public List<Account> findAll() {
        requireServer();
        return jdbc.list("SELECT account_name, account_role, unit_name FROM tm_account_list()",
                rs -> new Account(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    public void remove(String name) {
        requireServer();
        try {
            tx.run(() -> {
                jdbc.execute("SELECT tm_account_remove(?)", name);
                return null;
            });
        } catch (NotPermittedException e) {
            // The server says why: the account in use and the owner are never removed, even by an admin.
            throw new NotPermittedException("cannot remove the account " + name + ": " + serverReason(e), e);
        } catch (PersistenceException e) {
            // tm_account_remove raises 22023 for a name it does not list.
            throw sqlState(e).equals("22023") ? new AccountException(AccountException.Reason.NO_SUCH_ACCOUNT,
                    "cannot remove the account " + name + ": there is no such account", e) : e;
        }
    }

    private static String serverReason(PersistenceException e) {
        String message = e.getCause() instanceof SQLException sql && sql.getMessage() != null ? sql.getMessage() : "";
        String first = message.lines().findFirst().orElse("").replaceFirst("^ERROR:\\s*", "");
        return first.isBlank() ? "not permitted for this account" : first + " (not permitted; nothing was changed)";
    }

    private static String sqlState(PersistenceException e) {
        return e.getCause() instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
    }

    /** The account this session is logged in with; on a file, none. */
    public Optional<String> currentAccount() {
        return server ? jdbc.one("SELECT session_user", rs -> rs.getString(1)) : Optional.empty();
    }

    /**
     * This session's role as the server decides it (tm_role): "owner" for the account that set the
     * workspace up, else admin, editor, reporter or viewer; on a file, none.
     */
    public Optional<String> currentRole() {
        return server ? jdbc.one("SELECT tm_role()", rs -> rs.getString(1)) : Optional.empty();
    }

    /**
     * The indicators this session's account may write when it is a reporter (the server's own
     * tm_may_report, so the app and row-level security agree); empty when every one may be written
     * (a workspace file, the owner, an admin or an editor) or none (a viewer: the server refuses it).
     */
    public Optional<Set<Long>> writableIndicators() {
        if (!server) {
            return Optional.empty();
        }
        if (!"reporter".equals(currentRole().orElse(null))) {
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(jdbc.list("SELECT id FROM indicator WHERE tm_may_report(id)",
                rs -> rs.getLong(1))));
    }

    private void requireServer() {
        if (!server) {
            throw new PersistenceException("a workspace file has no accounts: its account is the computer's user; "
                    + "accounts belong to a workspace on a server");
        }
    }
}
