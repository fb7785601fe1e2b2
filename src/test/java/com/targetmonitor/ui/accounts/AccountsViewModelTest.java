package com.targetmonitor.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.targetmonitor.logic.account.AccountRole;
import com.targetmonitor.logic.account.AccountService;
import com.targetmonitor.logic.seed.SeedInstaller;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Unit;
import com.targetmonitor.persistence.NotPermittedException;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.TestPostgres;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.accounts.AccountsViewModel.Field;
import com.targetmonitor.ui.accounts.AccountsViewModel.Item;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 文件 → 账户管理 against a real PostgreSQL server: the owner adds a reporter for a unit, the new
 * account logs in and is held to its unit by the server, and is removed again; an admin account manages
 * accounts too but never removes itself; an account that is no
 * admin, and a workspace file, see the dialog unavailable with the reason; a wrong form and a refusal
 * by the server change nothing and say what is wrong.
 */
class AccountsViewModelTest {

    static TestPostgres.Database db;
    /** A unit that leads indicators with observations, and an observation of another unit's indicator. */
    static String unitName;
    static long otherObservation;
    static long otherIndicator;

    private final List<Session> sessions = new ArrayList<>();
    private RecordingDialogService dialogs;

    @BeforeAll
    static void seededServer() throws SQLException {
        db = TestPostgres.freshDatabase();
        try (Workspace setup = Workspace.openAddress(db.address())) {
            new SeedInstaller(setup).installBundled();
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            unitName = one(st, "SELECT u.name FROM indicator_unit iu JOIN unit u ON u.id = iu.unit_id "
                    + "JOIN observation o ON o.indicator_id = iu.indicator_id WHERE iu.role = 'LEAD' "
                    + "GROUP BY u.name ORDER BY count(*) DESC, u.name LIMIT 1");
            otherObservation = Long.parseLong(one(st, "SELECT min(o.id) FROM observation o WHERE o.indicator_id NOT IN "
                    + "(SELECT iu.indicator_id FROM indicator_unit iu JOIN unit u ON u.id = iu.unit_id "
                    + "WHERE iu.role = 'LEAD' AND u.name = '" + unitName + "')"));
            otherIndicator = Long.parseLong(one(st, "SELECT indicator_id FROM observation WHERE id = " + otherObservation));
        }
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        dialogs = new RecordingDialogService();
    }

    @AfterEach
    void close() {
        sessions.forEach(Session::close);
    }

    @Test
    void theOwnerAddsAReporterWhoLogsInIsHeldToItsUnitAndIsRemovedAgain() throws SQLException {
        List<String> before = accountRows();
        AccountsViewModel vm = viewModel(db.address());
        vm.load();
        assertThat(vm.availableProperty().get()).isTrue();
        assertThat(vm.accountProperty().get()).isEqualTo(db.user());
        Unit unit = vm.units().stream().filter(u -> u.name().equals(unitName)).findFirst().orElseThrow();

        String name = "r_" + db.name();
        fill(vm, name, "pw-1", "pw-1", AccountRole.REPORTER, unit);
        vm.add();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.noticeProperty().get()).contains(name);
        Item added = new Item(name, AccountRole.REPORTER, "填报单位", unitName);
        assertThat(vm.items()).contains(added);
        assertThat(vm.nameProperty().get()).isEmpty();
        assertThat(vm.passwordProperty().get()).isEmpty();

        try (Workspace asReporter = Workspace.openAddress(db.addressAs(name, "pw-1"))) {
            assertThat(asReporter.accounts().currentRole()).contains("reporter");
            Observation theirs = asReporter.observations().findByIndicator(otherIndicator).stream()
                    .filter(o -> o.id() == otherObservation).findFirst().orElseThrow();
            assertThatThrownBy(() -> asReporter.observations().save(theirs.withValue(4242.0)))
                    .isInstanceOf(NotPermittedException.class);
        }
        // The same name again: the server refuses it, the officer is told in words, nothing changes.
        fill(vm, name, "pw-2", "pw-2", AccountRole.VIEWER, null);
        vm.add();
        assertThat(dialogs.errors()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("无法添加账户");
            assertThat(e.message()).contains(name, "已被使用");
        });
        assertThat(vm.problemFieldProperty().get()).isEqualTo(Field.NAME);
        assertThat(accountRows()).contains(name + "|reporter").hasSize(before.size() + 1);

        dialogs.answerConfirm(true);
        vm.remove(added);
        assertThat(dialogs.shown()).anyMatch(s -> s.kind().equals("confirm") && s.message().contains(name));
        assertThat(vm.items()).doesNotContain(added);
        assertThat(accountRows()).isEqualTo(before);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM pg_roles WHERE rolname = '" + name + "'")).isEqualTo("0");
        }
    }

    @Test
    void aWrongFormNamesTheFieldAndChangesNothing() throws SQLException {
        AccountsViewModel vm = viewModel(db.address());
        vm.load();
        List<String> before = accountRows();

        fill(vm, "  ", "pw", "pw", AccountRole.EDITOR, null);
        vm.add();
        assertThat(vm.problemFieldProperty().get()).isEqualTo(Field.NAME);
        assertThat(vm.problemProperty().get()).isEqualTo("请填写账户名。");

        fill(vm, "w_" + db.name(), "pw-a", "pw-b", AccountRole.EDITOR, null);
        vm.add();
        assertThat(vm.problemFieldProperty().get()).isEqualTo(Field.REPEAT);
        assertThat(vm.problemProperty().get()).isEqualTo("两次输入的密码不一致。");

        fill(vm, "w_" + db.name(), "pw", "pw", AccountRole.REPORTER, null);
        vm.add();
        assertThat(vm.problemFieldProperty().get()).isEqualTo(Field.UNIT);
        assertThat(vm.problemProperty().get()).isEqualTo("填报单位账户必须选择它的单位。");

        fill(vm, "王科长", "pw", "pw", AccountRole.VIEWER, null);
        vm.add();
        assertThat(vm.problemFieldProperty().get()).isEqualTo(Field.NAME);

        assertThat(dialogs.shown()).isEmpty();
        assertThat(accountRows()).isEqualTo(before);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM pg_roles WHERE rolname = 'w_" + db.name() + "'")).isEqualTo("0");
        }
        // The dialog opened again starts clean: no password stays typed in.
        vm.reset();
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.repeatProperty().get()).isEmpty();
        assertThat(vm.problemProperty().get()).isEmpty();
        assertThat(vm.problemFieldProperty().get()).isNull();
    }

    @Test
    void aViewerSeesTheDialogUnavailableWithTheReasonAndCanAddNothing() throws SQLException {
        String viewer = "v_" + db.name();
        try (Workspace owner = Workspace.openAddress(db.address())) {
            owner.accounts().add(viewer, "pw-v", "viewer", null);
        }
        List<String> before = accountRows();
        AccountsViewModel vm = viewModel(db.addressAs(viewer, "pw-v"));
        vm.load();

        assertThat(vm.availableProperty().get()).isFalse();
        assertThat(vm.unavailableReasonProperty().get()).contains(viewer, "不能管理账户");
        assertThat(vm.items()).isEmpty();
        fill(vm, "x_" + db.name(), "pw", "pw", AccountRole.ADMIN, null);
        vm.add();
        assertThat(accountRows()).isEqualTo(before);
    }

    @Test
    void anAdminAccountManagesAccountsInTheDialogButNeverRemovesItself() throws SQLException {
        String admin = "a_" + db.name();
        try (Workspace owner = Workspace.openAddress(db.address())) {
            owner.accounts().add(admin, "pw-a", "admin", null);
        }
        List<String> before = accountRows();
        AccountsViewModel vm = viewModel(db.addressAs(admin, "pw-a"));
        vm.load();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.availableProperty().get()).isTrue();
        assertThat(vm.unavailableReasonProperty().get()).isEmpty();
        assertThat(vm.items()).contains(new Item(admin, AccountRole.ADMIN, "管理员", ""));
        String editor = "n_" + db.name();
        fill(vm, editor, "pw", "pw", AccountRole.EDITOR, null);
        vm.add();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.items()).extracting(Item::name).contains(editor);
        assertThat(accountRows()).contains(editor + "|editor").hasSize(before.size() + 1);

        Item self = vm.items().stream().filter(i -> i.name().equals(admin)).findFirst().orElseThrow();
        assertThat(vm.isRemovable(self)).isFalse();
        dialogs.answerConfirm(true);
        vm.remove(vm.items().stream().filter(i -> i.name().equals(editor)).findFirst().orElseThrow());
        assertThat(vm.items()).extracting(Item::name).doesNotContain(editor);
        assertThat(accountRows()).isEqualTo(before);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM pg_roles WHERE rolname = '" + editor + "'")).isEqualTo("0");
        }
    }

    @Test
    void theAccountInUseIsNeverRemoved() throws SQLException {
        AccountsViewModel vm = viewModel(db.address());
        vm.load();
        List<String> before = accountRows();
        Item self = new Item(db.user(), AccountRole.ADMIN, "管理员", "");

        assertThat(vm.isRemovable(self)).isFalse();
        vm.remove(self); // refused at once: no question is asked
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains(db.user(), "不能删除"));
        assertThat(accountRows()).isEqualTo(before);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM pg_roles WHERE rolname = '" + db.user() + "'")).isEqualTo("1");
        }
    }

    @Test
    void aWorkspaceFileHasNoAccounts(@TempDir Path dir) {
        Session file = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        sessions.add(file);
        AccountsViewModel vm = new AccountsViewModel(new AccountService(file), new SyncTaskExecutor(), dialogs);
        vm.load();
        assertThat(vm.availableProperty().get()).isFalse();
        assertThat(vm.unavailableReasonProperty().get()).contains("本地文件");
    }

    private AccountsViewModel viewModel(String address) {
        Session session = new Session(Workspace.openAddress(address));
        sessions.add(session);
        return new AccountsViewModel(new AccountService(session), new SyncTaskExecutor(), dialogs);
    }

    private static void fill(AccountsViewModel vm, String name, String password, String repeat, AccountRole role,
                             Unit unit) {
        vm.nameProperty().set(name);
        vm.passwordProperty().set(password);
        vm.repeatProperty().set(repeat);
        vm.roleProperty().set(role);
        vm.unitProperty().set(unit);
    }

    /** Every account as "name|role", straight from the server. */
    private static List<String> accountRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, role FROM tm_account ORDER BY name")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2));
            }
        }
        return rows;
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
