package com.targetmonitor.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rules dialog as the user sees it: the error under the field, OK disabled until it is fixed. */
@ExtendWith(ApplicationExtension.class)
class RuleSetViewTest {

    @TempDir
    Path dir;

    private Session session;
    private Plan plan;
    private Stage stage;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        AppTheme.install();
        this.stage = stage;
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w.tmdb")));
        plan = session.workspace().plans().findByName("金昌市2022年").orElseThrow();
        stage.setScene(new Scene(new StackPane(new Label("主窗口")), 800, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void aWrongNumberIsExplainedAndBlocksOk(FxRobot robot) throws Exception {
        Dialog<ButtonType> dialog = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> d = new RuleSetView(new RuleSetViewModel(session, new RecordingDialogService(), plan))
                    .dialog(stage);
            d.show();
            return d;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = okButton(dialog);
        Label error = robot.lookup("#" + RuleSetView.AMOUNT_BAND_ID + "Error").queryAs(Label.class);
        assertThat(ok.isDisabled()).isFalse();
        assertThat(error.isVisible()).isFalse();

        robot.doubleClickOn("#" + RuleSetView.AMOUNT_BAND_ID).eraseText(8).write("150");

        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("应在 0 到 100 之间。");
        assertThat(ok.isDisabled()).isTrue();

        robot.eraseText(1);
        assertThat(robot.lookup("#" + RuleSetView.AMOUNT_BAND_ID).queryAs(TextField.class).getText()).isEqualTo("15");
        assertThat(error.isVisible()).isFalse();
        assertThat(ok.isDisabled()).isFalse();

        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialog.isShowing()).isFalse();
        assertThat(session.workspace().plans().find(plan.id()).orElseThrow().rules().amountYellowBand())
                .isEqualByComparingTo(new BigDecimal("15"));
        assertThat(session.history().canUndo()).isTrue();
    }

    @Test
    void theMenuItemWaitsForAPlan() throws Exception {
        SimpleObjectProperty<Plan> selected = new SimpleObjectProperty<>();
        MenuItem item = WaitForAsyncUtils.asyncFx(() -> RuleSetView.menuItem(selected,
                plan -> new RuleSetViewModel(session, new RecordingDialogService(), plan), () -> stage)).get();
        assertThat(item.isDisable()).isTrue();
        assertThat(item.getId()).isEqualTo(RuleSetView.MENU_ITEM_ID);

        WaitForAsyncUtils.asyncFx(() -> selected.set(plan)).get();

        assertThat(item.isDisable()).isFalse();
    }

    private static Button okButton(Dialog<ButtonType> dialog) {
        ButtonType ok = dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        return (Button) dialog.getDialogPane().lookupButton(ok);
    }
}
