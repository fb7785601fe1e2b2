package com.targetmonitor.ui.dialog;

import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What every "this dialog fits the screen" test needs: an owner window with the app's theme, and
 * the language set back to Chinese after each test (the tests run in both languages).
 */
@ExtendWith(ApplicationExtension.class)
public abstract class ScreenFitCase {

    /** The owner of the dialogs under test. */
    protected Stage stage;

    @Start
    void showOwner(Stage owner) {
        AppTheme.install();
        this.stage = owner;
        owner.setScene(new Scene(new StackPane(), 800, 600));
        owner.show();
    }

    @AfterEach
    void chineseAgain() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }
}
