package com.targetmonitor.ui.accounts;

import com.targetmonitor.logic.account.AccountAccess;
import com.targetmonitor.logic.account.AccountEntry;
import com.targetmonitor.logic.account.AccountRefusedException;
import com.targetmonitor.logic.account.AccountRole;
import com.targetmonitor.logic.account.AccountService;
import com.targetmonitor.model.Unit;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.DialogService;
import com.targetmonitor.ui.task.BackgroundTask;
import com.targetmonitor.ui.task.TaskExecutor;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 文件 → 账户管理: the accounts of the open shared workspace (name, role, unit), adding one (name,
 * password twice, role, and a reporter's unit) and removing one after asking. Only the owner and the
 * admin accounts of a server workspace may (see {@link AccountAccess}); otherwise
 * {@link #availableProperty()} is false and {@link #unavailableReasonProperty()} says why. A form that is wrong names the field and what is
 * wrong and sends nothing to the server; a refusal by the server becomes a message in words.
 */
public final class AccountsViewModel {

    /** The form's fields, so the view can mark the one a message is about. */
    public enum Field { NAME, PASSWORD, REPEAT, ROLE, UNIT }

    /** One account as listed. */
    public record Item(String name, AccountRole role, String roleText, String unit) {
    }

    private final AccountService service;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final ObjectProperty<AccountRole> role = new SimpleObjectProperty<>(this, "role", AccountRole.REPORTER);
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>(this, "unit");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available", false);
    private final ReadOnlyStringWrapper unavailableReason = new ReadOnlyStringWrapper(this, "unavailableReason", "");
    private final ReadOnlyStringWrapper account = new ReadOnlyStringWrapper(this, "account", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<Field> problemField = new ReadOnlyObjectWrapper<>(this, "problemField");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public AccountsViewModel(AccountService service, TaskExecutor tasks, DialogService dialogs) {
        this.service = Objects.requireNonNull(service, "service");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        // A unit belongs to a reporter only: choosing another role lets go of it.
        role.addListener((o, was, now) -> {
            if (now == null || !now.needsUnit()) {
                unit.set(null);
            }
        });
    }

    /** What a load brings back from the server in one round trip. */
    private record Loaded(AccountAccess access, List<AccountEntry> accounts, List<Unit> units) {
    }

    /** Empties the form and its messages: a dialog opened again starts clean, and no password stays typed in. */
    public void reset() {
        name.set("");
        password.set("");
        repeat.set("");
        role.set(AccountRole.REPORTER);
        unit.set(null);
        problem.set("");
        problemField.set(null);
        notice.set("");
    }

    /** Reads whether this session may manage accounts, the accounts and the units, off the FX thread. */
    public void load() {
        busy.set(true);
        tasks.execute(BackgroundTask.of(I18n.get(AccountsMsg.TASK_LOAD), (progress, cancel) -> {
            AccountAccess access = service.access();
            return access.allowed() ? new Loaded(access, service.list(), service.units())
                    : new Loaded(access, List.of(), List.of());
        }).onSuccess(loaded -> {
            busy.set(false);
            show(loaded);
        }).onFailure(error -> {
            busy.set(false);
            available.set(false);
            dialogs.showError(I18n.get(AccountsMsg.LOAD_FAILED), String.valueOf(error.getMessage()));
        }).onCancelled(() -> busy.set(false)));
    }

    private void show(Loaded loaded) {
        AccountAccess access = loaded.access();
        account.set(access.account() == null ? "" : access.account());
        available.set(access.allowed());
        unavailableReason.set(switch (access.state()) {
            case ALLOWED -> "";
            case NOT_A_SERVER -> I18n.get(AccountsMsg.NOT_A_SERVER);
            case NOT_ADMIN -> I18n.get(AccountsMsg.NOT_ADMIN, account.get());
        });
        items.setAll(loaded.accounts().stream()
                .map(a -> new Item(a.name(), a.role(), roleText(a.role()), a.unitName() == null ? "" : a.unitName()))
                .toList());
        Unit chosen = unit.get();
        units.setAll(loaded.units());
        unit.set(chosen == null ? null : loaded.units().stream().filter(u -> u.id().equals(chosen.id())).findFirst()
                .orElse(null));
    }

    /**
     * Adds the account the form describes. A form that is wrong sets {@link #problemProperty()} and
     * {@link #problemFieldProperty()} and sends nothing; a refusal is shown as a message.
     */
    public void add() {
        if (!available.get() || busy.get() || !check()) {
            return;
        }
        String newName = name.get().strip();
        String newPassword = password.get();
        AccountRole newRole = role.get();
        Long unitId = newRole.needsUnit() ? unit.get().id() : null;
        busy.set(true);
        tasks.execute(BackgroundTask.of(I18n.get(AccountsMsg.TASK_ADD), (progress, cancel) -> {
            service.add(newName, newPassword, newRole, unitId);
            return newName;
        }).onSuccess(added -> {
            busy.set(false);
            name.set("");
            password.set("");
            repeat.set("");
            notice.set(I18n.get(AccountsMsg.ADDED, added));
            load();
        }).onFailure(error -> {
            busy.set(false);
            refused(AccountsMsg.ADD_FAILED, newName, error);
        }).onCancelled(() -> busy.set(false)));
    }

    /** Removes the account after the officer confirms; never the one this session is logged in with. */
    public void remove(Item item) {
        if (item == null || !available.get() || busy.get()) {
            return;
        }
        if (item.name().equals(account.get())) {
            dialogs.showError(I18n.get(AccountsMsg.REMOVE_FAILED), I18n.get(AccountsMsg.REFUSED_OWN_ACCOUNT, item.name()));
            return;
        }
        if (!dialogs.confirm(I18n.get(AccountsMsg.CONFIRM_REMOVE_TITLE),
                I18n.get(AccountsMsg.CONFIRM_REMOVE, item.name(), item.roleText()))) {
            return;
        }
        busy.set(true);
        tasks.execute(BackgroundTask.of(I18n.get(AccountsMsg.TASK_REMOVE), (progress, cancel) -> {
            service.remove(item.name());
            return item.name();
        }).onSuccess(removed -> {
            busy.set(false);
            notice.set(I18n.get(AccountsMsg.REMOVED, removed));
            load();
        }).onFailure(error -> {
            busy.set(false);
            refused(AccountsMsg.REMOVE_FAILED, item.name(), error);
            load();
        }).onCancelled(() -> busy.set(false)));
    }

    /** Whether the account may be removed from here: not the one in use. */
    public boolean isRemovable(Item item) {
        return item != null && available.get() && !item.name().equals(account.get());
    }

    /** The first thing wrong with the form, with its field; true when there is nothing. */
    private boolean check() {
        notice.set("");
        var wrong = AccountFormCheck.check(name.get(), password.get(), repeat.get(), role.get(), unit.get());
        problemField.set(wrong.map(AccountFormCheck.Problem::field).orElse(null));
        problem.set(wrong.map(p -> I18n.get(p.message())).orElse(""));
        return wrong.isEmpty();
    }

    private void refused(AccountsMsg title, String accountName, Throwable error) {
        notice.set("");
        String message = error instanceof AccountRefusedException r ? switch (r.reason()) {
            case NAME_TAKEN -> I18n.get(AccountsMsg.REFUSED_NAME_TAKEN, accountName);
            case NOT_PERMITTED -> I18n.get(AccountsMsg.REFUSED_NOT_PERMITTED);
            case NO_SUCH_ACCOUNT -> I18n.get(AccountsMsg.REFUSED_NO_SUCH_ACCOUNT, accountName);
            case OWN_ACCOUNT -> I18n.get(AccountsMsg.REFUSED_OWN_ACCOUNT, accountName);
            case OTHER -> I18n.get(AccountsMsg.REFUSED_OTHER, String.valueOf(r.getMessage()));
        } : I18n.get(AccountsMsg.REFUSED_OTHER, String.valueOf(error.getMessage()));
        if (error instanceof AccountRefusedException r && r.reason() == AccountRefusedException.Reason.NAME_TAKEN) {
            problemField.set(Field.NAME);
        }
        problem.set(message);
        dialogs.showError(I18n.get(title), message);
    }

    /** The role in the officer's words. */
    public static String roleText(AccountRole r) {
        return I18n.get(switch (r) {
            case ADMIN -> AccountsMsg.ROLE_ADMIN;
            case EDITOR -> AccountsMsg.ROLE_EDITOR;
            case REPORTER -> AccountsMsg.ROLE_REPORTER;
            case VIEWER -> AccountsMsg.ROLE_VIEWER;
        });
    }

    public ObservableList<Item> items() {
        return items;
    }

    /** The units a reporter may be bound to. */
    public ObservableList<Unit> units() {
        return units;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ObjectProperty<AccountRole> roleProperty() {
        return role;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    /** True when this session may manage the accounts (the owner or an admin of a server workspace). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Why accounts cannot be managed here, in words; empty when they can. */
    public ReadOnlyStringProperty unavailableReasonProperty() {
        return unavailableReason.getReadOnlyProperty();
    }

    /** The account this session is logged in with. */
    public ReadOnlyStringProperty accountProperty() {
        return account.getReadOnlyProperty();
    }

    /** What was just done (added, removed); empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What is wrong with the form or was refused; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The field {@link #problemProperty()} is about, or null. */
    public ReadOnlyObjectProperty<Field> problemFieldProperty() {
        return problemField.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
