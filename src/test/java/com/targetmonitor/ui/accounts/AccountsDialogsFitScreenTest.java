package com.targetmonitor.ui.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.account.AccountService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.SeededServers;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.FitsScreen;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.dialog.ScreenFitCase;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/** 文件 → 账户管理 on a shared workspace with accounts: inside the screen, its buttons reachable, in both languages. */
class AccountsDialogsFitScreenTest extends ScreenFitCase {

    private Session session;

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theAccountsDialogFitsTheScreen(String language) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(language));
        session = new Session(Workspace.openAddress(SeededServers.seededDatabase()));
        AccountsViewModel vm = new AccountsViewModel(new AccountService(session), new SyncTaskExecutor(),
                new RecordingDialogService());

        var dialog = WaitForAsyncUtils.asyncFx(() -> new AccountsView(vm).dialog(stage)).get();
        assertThat(vm.availableProperty().get()).isTrue();
        FitsScreen.assertFits(dialog);
    }
}
