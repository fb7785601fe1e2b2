package com.targetmonitor.logic.account;

import com.targetmonitor.logic.account.AccountRefusedException.Reason;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.Account;
import com.targetmonitor.persistence.AccountException;
import com.targetmonitor.persistence.AccountRepository;
import com.targetmonitor.persistence.NotPermittedException;
import com.targetmonitor.persistence.PersistenceException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The accounts of the open shared workspace, as the command line's {@code user add|list|remove} has
 * them, for the window: always of the session's current workspace (the window may switch). What an
 * account may do is the server's to enforce; this refuses early only what the window can tell by
 * itself (a file, a role without a unit, removing the account in use), and names every refusal.
 * Called off the FX thread: each call is a round trip to the server.
 */
public final class AccountService {

    private final Session session;

    public AccountService(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Whether this session may manage accounts: the owner or an admin of a shared workspace. */
    public AccountAccess access() {
        if (!session.workspace().isServer()) {
            return new AccountAccess(AccountAccess.State.NOT_A_SERVER, null);
        }
        AccountRepository accounts = session.workspace().accounts();
        String account = accounts.currentAccount().orElse(null);
        String role = accounts.currentRole().orElse("");
        AccountAccess.State state = role.equals("owner") || role.equals(AccountRole.ADMIN.code())
                ? AccountAccess.State.ALLOWED : AccountAccess.State.NOT_ADMIN;
        return new AccountAccess(state, account);
    }

    /** The accounts by name; empty for a workspace file. */
    public List<AccountEntry> list() {
        if (!session.workspace().isServer()) {
            return List.of();
        }
        return session.workspace().accounts().findAll().stream().map(AccountService::entry).flatMap(Optional::stream)
                .toList();
    }

    /** The units a reporter may be bound to, by name. */
    public List<Unit> units() {
        return session.workspace().units().findAll().stream().sorted(Comparator.comparing(Unit::name)).toList();
    }

    /**
     * Adds an account; a reporter with its unit, the other roles without one.
     *
     * @throws AccountRefusedException when the server or this app refuses it (nothing was changed)
     */
    public void add(String name, String password, AccountRole role, Long unitId) {
        Objects.requireNonNull(role, "role");
        if (role.needsUnit() != (unitId != null)) {
            throw new IllegalArgumentException(role.needsUnit() ? "a reporter needs its unit"
                    : "only a reporter is bound to a unit");
        }
        try {
            session.workspace().accounts().add(name, password, role.code(), unitId);
        } catch (PersistenceException e) {
            throw refused(e);
        }
    }

    /**
     * Removes an account (its history stays); never the one this session is logged in with.
     *
     * @throws AccountRefusedException when refused (nothing was changed)
     */
    public void remove(String name) {
        AccountRepository accounts = session.workspace().accounts();
        try {
            if (accounts.currentAccount().filter(name::equals).isPresent()) {
                throw new AccountRefusedException(Reason.OWN_ACCOUNT, "cannot remove the account in use: " + name,
                        null);
            }
            accounts.remove(name);
        } catch (PersistenceException e) {
            throw refused(e);
        }
    }

    private static AccountRefusedException refused(PersistenceException e) {
        Reason reason;
        if (e instanceof NotPermittedException) {
            reason = Reason.NOT_PERMITTED;
        } else if (e instanceof AccountException a) {
            reason = a.reason() == AccountException.Reason.NAME_TAKEN ? Reason.NAME_TAKEN : Reason.NO_SUCH_ACCOUNT;
        } else {
            reason = Reason.OTHER;
        }
        return new AccountRefusedException(reason, e.getMessage(), e);
    }

    /** An account of a role this version does not know is left out rather than shown as something it is not. */
    private static Optional<AccountEntry> entry(Account a) {
        return AccountRole.ofCode(a.role()).map(role -> new AccountEntry(a.name(), role, a.unitName()));
    }
}
