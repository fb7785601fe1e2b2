package com.targetmonitor.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.ui.I18n;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real alerts on a 1366×768 window: buttons (and the details link) in the application's language
 * whatever the system's, and a long message shown whole, wrapped, inside the screen.
 */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private static final String LONG_ZH = "文件“金昌市2022年各部门进度填报汇总（发改委、统计局、督查室联合审定稿）.xlsx”"
            + "第3张工作表第17行的“规模以上工业增加值增速”与计划中的指标名称不一致，已作为新的问题列出，请在导入预览中"
            + "逐行核对后再确认；未确认的行不会写入工作区，已写入的值可以在导入记录中撤销。".repeat(3);
    private static final String LONG_EN = ("The sheet 3 row 17 value for industrial value added growth does not match "
            + "any indicator of the plan; it is listed as a question in the import preview, and nothing is written "
            + "before you confirm it. Values already written can be undone from the import history. ").repeat(3);

    private Stage stage;
    private FxDialogService dialogs;

    @Start
    void start(Stage primary) {
        // A window of its own: TestFX's primary stage is shared with later test classes and keeps a size once set.
        stage = new Stage();
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane()));
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
        dialogs = new FxDialogService(() -> stage);
    }

    @AfterEach
    void chinese(FxRobot robot) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        robot.interact(stage::close);
    }

    @Test
    void chineseWindowOnAnEnglishSystem(FxRobot robot) {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            DialogPane pane = show(robot, () -> dialogs.confirm("导入", LONG_ZH));
            assertThat(buttons(pane)).containsExactlyInAnyOrder("是", "否");
            assertMessageWholeOnScreen(pane, LONG_ZH);
            close(robot, pane);

            pane = show(robot, () -> dialogs.showException("出错了", new IllegalStateException(LONG_ZH)));
            assertThat(buttons(pane)).containsExactly("确定");
            assertThat(detailsLink(pane)).isEqualTo("显示详细信息");
            assertMessageWholeOnScreen(pane, LONG_ZH);
            close(robot, pane);
        } finally {
            Locale.setDefault(system);
        }
    }

    @Test
    void englishWindowOnAChineseSystem(FxRobot robot) {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            I18n.setLocale(Locale.ENGLISH);
            DialogPane pane = show(robot, () -> dialogs.confirm("Import", LONG_EN));
            assertThat(buttons(pane)).containsExactlyInAnyOrder("Yes", "No");
            assertMessageWholeOnScreen(pane, LONG_EN);
            close(robot, pane);

            pane = show(robot, () -> dialogs.showException("Something went wrong", new IllegalStateException(LONG_EN)));
            assertThat(buttons(pane)).containsExactly("OK");
            assertThat(detailsLink(pane)).isEqualTo("Show details");
            close(robot, pane);

            pane = show(robot, () -> dialogs.showInfo("Done", LONG_EN));
            assertThat(buttons(pane)).containsExactly("OK");
            assertMessageWholeOnScreen(pane, LONG_EN);
            close(robot, pane);
        } finally {
            Locale.setDefault(system);
        }
    }

    /** Opens the dialog (it waits in its own event loop) and finds its pane. */
    private DialogPane show(FxRobot robot, Runnable open) {
        Platform.runLater(open);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<DialogPane> pane = new AtomicReference<>();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .reduce((a, b) -> b).ifPresent(pane::set));
        assertThat(pane.get()).as("a dialog is showing").isNotNull();
        return pane.get();
    }

    private static void close(FxRobot robot, DialogPane pane) {
        robot.interact(() -> pane.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> buttons(DialogPane pane) {
        return pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
    }

    private static String detailsLink(DialogPane pane) {
        Node link = pane.lookup(".details-button");
        return link instanceof Hyperlink h ? h.getText() : null;
    }

    /** The message's label shows all its text (no ellipsis) and the dialog lies inside the 1366×768 screen. */
    private static void assertMessageWholeOnScreen(DialogPane pane, String message) {
        // The message is the pane's content (the pane's own content label, fixed in height, is not shown).
        assertThat(pane.getContent()).isInstanceOf(Label.class);
        Label label = (Label) pane.getContent();
        assertThat(label.getText()).isEqualTo(message);
        String shown = ((Text) label.lookup(".text")).getText();
        assertThat(shown).as("the message as shown").isEqualTo(message);
        assertThat(label.getHeight()).as("the label is as high as its wrapped text")
                .isGreaterThanOrEqualTo(label.prefHeight(label.getWidth()) - 1);
        Window dialog = pane.getScene().getWindow();
        assertThat(dialog.getHeight()).as("dialog height").isLessThanOrEqualTo(768);
        assertThat(dialog.getWidth()).as("dialog width").isLessThanOrEqualTo(1366);
    }
}
