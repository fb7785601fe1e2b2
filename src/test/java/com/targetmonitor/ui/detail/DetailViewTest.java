package com.targetmonitor.ui.detail;

import com.targetmonitor.ui.state.ViewId;
import com.targetmonitor.ui.state.TestStates;
import com.targetmonitor.ui.state.WindowState;
import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane on screen (headless Monocle), on a temporary seeded workspace. */
@ExtendWith(ApplicationExtension.class)
class DetailViewTest {

    private static final String SENTENCE = "特别要统筹推进脱贫户、搬迁户稳岗就业，确保新增城镇就业9500人以上";

    @TempDir
    Path tempDir;

    private Session session;
    private DetailViewModel vm;
    private Plan plan;
    private Indicator employment;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w.tmdb")));
        plan = new PlanStatusService(session.workspace()).findPlan("金昌市2022年");
        employment = session.workspace().indicators().findByPlan(plan.id()).stream()
                .filter(i -> i.name().equals("城镇新增就业")).findFirst().orElseThrow();
        vm = new DetailViewModel(TestStates.showing(session, ViewId.STATUS));
        vm.show(plan, AsOf.of(2022, 6), employment.id());
        Scene scene = new Scene(new DetailView(vm).root(), 900, 800);
        AppTheme.install();
        AppTheme.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        vm.dispose();
        session.close();
    }

    @Test
    void showsTheSourceSentenceAndTheStanding(FxRobot robot) {
        assertThat(robot.lookup(labelContaining(SENTENCE)).tryQuery()).isPresent();
        Label sentence = robot.lookup("#" + DetailView.SOURCE_SENTENCE_ID).queryAs(Label.class);
        assertThat(sentence.getText()).isEqualTo("“" + SENTENCE + "”");
        assertThat(sentence.isVisible()).isTrue();

        assertThat(robot.lookup("#" + DetailView.TITLE_ID).queryAs(Label.class).getText())
                .isEqualTo("4.01 城镇新增就业");
        assertThat(robot.lookup("#" + DetailView.STATUS_ID).queryAs(Label.class).getText()).isEqualTo("超(达)进度");
        assertThat(robot.lookup(labelContaining("60.34%")).tryQuery()).isPresent();
        assertThat(robot.lookup(labelContaining("9500人以上")).tryQuery()).isPresent();
        TableView<?> series = robot.lookup("#" + DetailView.SERIES_TABLE_ID).queryAs(TableView.class);
        assertThat(series.getItems()).hasSize(1);
        assertThat(robot.lookup(labelContaining("1-6月")).tryQuery()).isPresent();
        // A cell's text is its tooltip too: the pane is narrow and a long origin is cut.
        javafx.scene.control.TableCell<?, ?> period = robot.lookup("#" + DetailView.SERIES_TABLE_ID + " .table-cell")
                .match(labelContaining("1-6月")).queryAs(javafx.scene.control.TableCell.class);
        assertThat(period.getTooltip()).isNotNull();
        assertThat(period.getTooltip().getText()).isEqualTo("1-6月");
        // The latest period is selected and its notes are shown in full under the table.
        assertThat(robot.lookup(labelContaining("千方百计稳就业")).tryQuery()).isPresent();
        assertThat(robot.lookup(labelContaining("“就业难”与“招工难”问题并存")).tryQuery()).isPresent();
    }

    @Test
    void clearingTheSelectionShowsTheEmptyState(FxRobot robot) {
        robot.interact(() -> vm.show(plan, AsOf.of(2022, 6), null));
        WaitForAsyncUtils.waitForFxEvents();

        Label empty = robot.lookup("#" + DetailView.EMPTY_ID).queryAs(Label.class);
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getText()).isEqualTo("选择一个指标查看详情");
        assertThat(robot.lookup(labelContaining(SENTENCE)).tryQuery()).isEmpty();
    }

    private static Predicate<Node> labelContaining(String text) {
        return node -> node instanceof Labeled l && l.getText() != null && l.getText().contains(text)
                && node.isVisible() && isShown(node);
    }

    /** Visible along the whole parent chain (a hidden pane hides its labels). */
    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
