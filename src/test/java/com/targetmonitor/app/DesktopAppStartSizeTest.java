package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.settings.Settings;
import org.junit.jupiter.api.Test;

/** The window's size at start: maximized on a first start on a small screen, otherwise as it was left. */
class DesktopAppStartSizeTest {

    @Test
    void firstStartOnAnOfficeLaptopUsesTheWholeScreen() {
        // 1366×768 less a task bar: the default 1200×760 would leave the table short of width.
        assertThat(DesktopApp.maximizeAtStart(Settings.DEFAULTS, true, 1366, 728)).isTrue();
        assertThat(DesktopApp.maximizeAtStart(Settings.DEFAULTS, true, 1024, 600)).isTrue();
    }

    @Test
    void firstStartOnALargeScreenKeepsTheDefaultSize() {
        assertThat(DesktopApp.maximizeAtStart(Settings.DEFAULTS, true, 1920, 1040)).isFalse();
        assertThat(DesktopApp.maximizeAtStart(Settings.DEFAULTS, true, 2560, 1400)).isFalse();
    }

    @Test
    void laterStartsKeepWhatTheOfficerLeft() {
        assertThat(DesktopApp.maximizeAtStart(Settings.DEFAULTS, false, 1366, 728)).isFalse();
        Settings maximized = Settings.DEFAULTS.withWindow(1000, 700, true);
        assertThat(DesktopApp.maximizeAtStart(maximized, false, 1920, 1040)).isTrue();
    }
}
