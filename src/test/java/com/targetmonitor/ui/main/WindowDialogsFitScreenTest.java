package com.targetmonitor.ui.main;

import com.targetmonitor.ui.dialog.ScreenFitCase;
import com.targetmonitor.logic.backup.BackupStore;
import com.targetmonitor.logic.backup.SessionBackups;
import com.targetmonitor.logic.report.CjkFontLocator;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.charts.ReportCharts;
import com.targetmonitor.ui.dialog.FitsScreen;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.print.PrintPreviewView;
import com.targetmonitor.ui.print.PrintPreviewViewModel;
import com.targetmonitor.ui.rules.RuleSetView;
import com.targetmonitor.ui.rules.RuleSetViewModel;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import com.targetmonitor.ui.workspace.BackupsView;
import com.targetmonitor.ui.workspace.BackupsViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plan rules (数据 → 计划规则), backups (文件 → 备份与恢复), the print preview and the about box on
 * the demo workspace: inside the screen, their closing buttons reachable, in both languages.
 */
class WindowDialogsFitScreenTest extends ScreenFitCase {

    @TempDir
    Path dir;
    private Session session;

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void rulesBackupsPrintPreviewAndAboutFitTheScreen(String language, FxRobot robot) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(language));
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        PlanStatusService service = new PlanStatusService(session.workspace());
        Plan plan = service.findPlan("金昌市2022年");
        RecordingDialogService dialogs = new RecordingDialogService();

        FitsScreen.assertFits(WaitForAsyncUtils.asyncFx(() ->
                new RuleSetView(new RuleSetViewModel(session, dialogs, plan)).dialog(stage)).get());
        BackupsViewModel backups = new BackupsViewModel(new SessionBackups(session,
                new BackupStore(dir.resolve("backups"), Clock.systemDefaultZone())), new SyncTaskExecutor(), dialogs);
        FitsScreen.assertFits(WaitForAsyncUtils.asyncFx(() -> new BackupsView(backups).dialog(stage)).get());
        FitsScreen.assertFits(WaitForAsyncUtils.asyncFx(MainWindowView::aboutDialog).get());

        PrintPreviewViewModel print = new PrintPreviewViewModel(dialogs, new SyncTaskExecutor(), Optional::empty,
                () -> CjkFontLocator.system().locate(), ReportCharts::snapshot, () -> LocalDate.of(2022, 7, 5));
        Stage preview = WaitForAsyncUtils.asyncFx(() ->
                PrintPreviewView.show(stage, print, service.status(plan, AsOf.of(2022, 6)))).get();
        FitsScreen.settle();
        try {
            FitsScreen.assertInsideScreen(preview);
            FitsScreen.assertButtonReachable(preview,
                    robot.from(preview.getScene().getRoot()).lookup("#" + PrintPreviewView.PRINT_ID).query());
            FitsScreen.assertButtonReachable(preview,
                    robot.from(preview.getScene().getRoot()).lookup("#" + PrintPreviewView.EXPORT_ID).query());
        } finally {
            WaitForAsyncUtils.asyncFx(preview::close).get();
        }
    }
}
