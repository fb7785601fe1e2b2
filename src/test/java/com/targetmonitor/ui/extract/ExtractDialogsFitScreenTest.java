package com.targetmonitor.ui.extract;

import com.targetmonitor.ui.dialog.ScreenFitCase;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.FitsScreen;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/** 从粘贴文本读取目标: the paste dialog and the review dialog fit the screen, in both languages. */
class ExtractDialogsFitScreenTest extends ScreenFitCase {

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
    void thePasteDialogAndTheReviewFitTheScreen(String language) throws Exception {
        I18n.setLocale(Locale.forLanguageTag(language));
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        Plan plan = new PlanStatusService(session.workspace()).findPlan("金昌市2022");
        FitsScreen.assertFits(WaitForAsyncUtils.asyncFx(() ->
                ExtractReviewView.pasteDialog(stage, new TextArea())).get());

        ExtractReviewViewModel vm = new ExtractReviewViewModel(new com.targetmonitor.logic.extract.DocumentImportService(session), new SyncTaskExecutor(),
                new RecordingDialogService(), () -> plan);
        ExtractReviewView view = new ExtractReviewView(vm, () -> stage);
        WaitForAsyncUtils.asyncFx(() -> vm.readText(ExtractReviewViewModelTest.SPEECH)).get();
        FitsScreen.settle();
        assertThat(view.openDialog()).as("the review").isNotNull();
        FitsScreen.assertFits(view.openDialog());
        WaitForAsyncUtils.asyncFx(vm::discard).get();
    }
}
