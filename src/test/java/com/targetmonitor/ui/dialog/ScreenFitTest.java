package com.targetmonitor.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Dialogs larger than the screen open inside it, buttons reachable; alerts and error dialogs fit. */
@ExtendWith(ApplicationExtension.class)
class ScreenFitTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        AppTheme.install();
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void language() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aDialogTallerAndWiderThanTheScreenIsShrunkToItAndKeepsItsButtons() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Dialog<ButtonType> d = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> dialog = ScreenFit.fit(new Dialog<>());
            dialog.initOwner(owner);
            Region content = new Region();
            content.setPrefSize(screen.getWidth() + 400, screen.getHeight() + 600);
            dialog.getDialogPane().setContent(content);
            dialog.getDialogPane().setMinSize(screen.getWidth() + 200, screen.getHeight() + 300);
            dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(), DialogButtons.cancel());
            return dialog;
        }).get();
        FitsScreen.assertFits(d);
        assertThat(d.getHeight()).as("as tall as the screen allows").isGreaterThan(screen.getHeight() - 2);
    }

    @Test
    void aSmallDialogIsLeftAtItsSizeAndGrowsToAWishOnlyWithinTheScreen() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Dialog<ButtonType> d = WaitForAsyncUtils.asyncFx(() -> {
            Dialog<ButtonType> dialog = ScreenFit.fit(new Dialog<>(), 5000, 300);
            dialog.initOwner(owner);
            dialog.getDialogPane().setPrefSize(300, 200);
            dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok());
            return dialog;
        }).get();
        FitsScreen.assertFits(d);
        assertThat(d.getWidth()).as("grown to the screen's width, no more").isEqualTo(screen.getWidth());
        assertThat(d.getHeight()).as("grown to the wished height").isGreaterThanOrEqualTo(300);
    }

    @Test
    void errorAndInformationAlertsFitInBothLanguages() throws Exception {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            I18n.setLocale(locale);
            FxDialogService service = new FxDialogService(() -> owner);
            String longMessage = "第3行“城镇新增就业”的数值不是数字。".repeat(40);
            FitsScreen.assertFits(WaitForAsyncUtils.asyncFx(() ->
                    service.alert(Alert.AlertType.ERROR, "导入失败", longMessage)).get());
            Alert exception = WaitForAsyncUtils.asyncFx(() -> {
                Alert a = service.exceptionAlert("意外错误", new IllegalStateException("boom"));
                a.getDialogPane().setExpanded(true);
                return a;
            }).get();
            FitsScreen.assertFits(exception);
            FitsScreen.assertFits(WaitForAsyncUtils.asyncFx(() -> {
                Alert a = service.alert(Alert.AlertType.CONFIRMATION, "删除", "删除这个指标和它的12个实际值？");
                a.getButtonTypes().setAll(DialogButtons.yes(), DialogButtons.no());
                return a;
            }).get());
        }
    }
}
