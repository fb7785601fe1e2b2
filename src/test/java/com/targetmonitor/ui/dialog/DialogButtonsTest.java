package com.targetmonitor.ui.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.ui.I18n;
import java.util.Locale;
import javafx.scene.control.ButtonBar.ButtonData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dialog buttons speak the application's language whatever the system's is. */
class DialogButtonsTest {

    @AfterEach
    void chineseAgain() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void chineseAndEnglishWordsWithTheirRoles() {
        Locale system = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            assertThat(DialogButtons.ok().getText()).isEqualTo("确定");
            assertThat(DialogButtons.cancel().getText()).isEqualTo("取消");
            assertThat(DialogButtons.yes().getText()).isEqualTo("是");
            assertThat(DialogButtons.no().getText()).isEqualTo("否");
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            I18n.setLocale(Locale.ENGLISH);
            assertThat(DialogButtons.ok().getText()).isEqualTo("OK");
            assertThat(DialogButtons.no().getText()).isEqualTo("No");
            assertThat(DialogButtons.yes().getButtonData()).isEqualTo(ButtonData.YES);
            assertThat(DialogButtons.cancel().getButtonData()).isEqualTo(ButtonData.CANCEL_CLOSE);
        } finally {
            Locale.setDefault(system);
        }
    }
}
