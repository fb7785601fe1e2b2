package com.targetmonitor.ui.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review dialog as the officer sees it: the proposals listed, the sentence with its figure, write. */
@ExtendWith(ApplicationExtension.class)
class ExtractReviewViewTest {

    @TempDir
    Path dir;
    private Session session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        AppTheme.install();
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReviewListsTheProposalsAndHighlightsTheFigure(FxRobot robot) throws Exception {
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        Plan plan = new PlanStatusService(session.workspace()).findPlan("金昌市2022");
        ExtractReviewViewModel vm = new ExtractReviewViewModel(new com.targetmonitor.logic.extract.DocumentImportService(session), new SyncTaskExecutor(),
                new RecordingDialogService(), () -> plan);
        ExtractReviewView view = new ExtractReviewView(vm, () -> stage);
        WaitForAsyncUtils.asyncFx(() -> vm.readText(ExtractReviewViewModelTest.SPEECH)).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.openDialog()).isNotNull();
        TableView<TargetItem> table = robot.lookup("#" + ExtractTables.TARGETS_ID).queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        TextFlow sentence = robot.lookup("#" + ExtractReviewView.SENTENCE_ID).queryAs(TextFlow.class);
        assertThat(sentence.getChildren()).hasSize(3);
        Text figure = (Text) sentence.getChildren().get(1);
        assertThat(figure.getText()).isEqualTo("18");
        assertThat(figure.getStyleClass()).contains("tm-extract-figure");
        Button apply = robot.lookup("#" + ExtractReviewView.APPLY_ID).queryButton();
        assertThat(apply.getText()).isEqualTo("写入 3 项");

        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.openDialog()).isNull();
        assertThat(session.workspace().indicators().findByPlan(plan.id()).stream()
                .filter(i -> i.name().equals("固定资产投资增速")).findFirst().orElseThrow().target().value())
                .isEqualTo(18.0);
    }
}
