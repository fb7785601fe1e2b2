package com.targetmonitor.ui.accounts;

import com.targetmonitor.logic.account.AccountService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.persistence.Workspace;
import com.targetmonitor.testing.SeededServers;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Shows the accounts dialog over a 1366×768 window on a seeded test server with three accounts, a
 * form half filled in with a mistake, for looking at it (screenshots under Xvfb). Not a test.
 * Argument: seconds to stay open.
 */
public final class AccountsPreview {

    private AccountsPreview() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String address = SeededServers.seededDatabase();
        try (Workspace owner = Workspace.openAddress(address)) {
            String unit = owner.units().findAll().stream().map(u -> u.name()).filter(n -> n.contains("统计"))
                    .findFirst().orElse(owner.units().findAll().get(0).name());
            owner.accounts().add("wang_tongji", "pw-preview-1", "reporter",
                    owner.units().findByName(unit).orElseThrow().id());
            owner.accounts().add("li_duchashi", "pw-preview-2", "editor", null);
            owner.accounts().add("zhao_lingdao", "pw-preview-3", "viewer", null);
        }
        Session session = new Session(Workspace.openAddress(address));
        Platform.startup(() -> {
            AppTheme.install();
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label("目标进度监测")), 1366, 768);
            AppTheme.style(scene);
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            AccountsViewModel vm = new AccountsViewModel(new AccountService(session), new SyncTaskExecutor(),
                    new RecordingDialogService());
            var dialog = new AccountsView(vm).dialog(stage);
            vm.nameProperty().set("zhang_jiaoyu");
            vm.passwordProperty().set("secret");
            vm.repeatProperty().set("secret");
            vm.add(); // a reporter without its unit: the form says so, beside the field
            dialog.show();
        });
        Thread.sleep(seconds * 1000L);
        Platform.exit();
        session.close();
        System.exit(0);
    }
}
