package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.targetmonitor.logic.settings.SettingsStore;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.ThemeCompilerAccess;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import com.targetmonitor.ui.task.SyncTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The theme the build trims (ui.ThemeCompiler, ADR 0023) styles the window exactly as AtlantaFX's whole
 * PrimerLight does: the main window on the demo workspace, with its detail pane, and a gallery of the
 * other controls the app's dialogs and views show, each node's every computed CSS property compared.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeEquivalenceTest {

    @TempDir
    Path tempDir;

    /** The tests after these in the same JVM get the app's theme back, not the last one compared here. */
    @AfterEach
    void restoreTheTheme() throws Exception {
        WaitForAsyncUtils.asyncFx(AppTheme::install).get();
    }

    @Test
    void theTrimmedThemeStylesEveryNodeAsTheWholeThemeDoes() throws Exception {
        assertThat(AppTheme.themeUrl()).as("css/theme.css made by the build").endsWith("/css/theme.css");
        String whole = new PrimerLight().getUserAgentStylesheet();

        List<String> mainExpected = styled(whole, this::mainWindow);
        List<String> mainTrimmed = styled(AppTheme.themeUrl(), this::mainWindow);
        assertThat(mainExpected.size()).as("properties compared in the main window").isGreaterThan(20_000);
        assertThat(ComputedStyles.differences(mainExpected, mainTrimmed)).isEmpty();

        // The first gallery in a JVM lays its tree out with one cell more than later ones, under either theme.
        styled(whole, ControlGallery::show);
        List<String> galleryExpected = styled(whole, ControlGallery::show);
        List<String> galleryTrimmed = styled(AppTheme.themeUrl(), ControlGallery::show);
        assertThat(galleryExpected.size()).as("properties compared in the gallery").isGreaterThan(5_000);
        assertThat(ComputedStyles.differences(galleryExpected, galleryTrimmed)).isEmpty();
    }

    /** The comparison sees a theme that lost rules the window uses: a table row's, here. */
    @Test
    void aThemeWithoutRulesTheWindowUsesStylesItDifferently() throws Exception {
        String source = ThemeCompilerAccess.source();
        Set<String> names = ThemeCompilerAccess.names();
        names.remove("table-row-cell");
        names.remove("tree-table-row-cell");
        Path broken = tempDir.resolve("broken.css");
        Files.writeString(broken, ThemeCompilerAccess.trim(source, names), StandardCharsets.UTF_8);

        List<String> expected = styled(AppTheme.themeUrl(), this::mainWindow);
        List<String> lessened = styled(broken.toUri().toString(), this::mainWindow);
        assertThat(ComputedStyles.differences(expected, lessened)).isNotEmpty();
    }

    /**
     * Shows a window under the theme and reads every node's computed style once the window is at rest
     * (the same in two readings a few pulses apart: the detail pane comes after the first standing).
     */
    private static List<String> styled(String theme, Function<Stage, Parent> show) throws Exception {
        Stage[] stage = new Stage[1];
        Parent root = WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            Parent shown = show.apply(stage[0]);
            // DesktopApp.install sets the app's theme: the one under test replaces it before the first pass.
            Application.setUserAgentStylesheet(theme);
            stage[0].show();
            return shown;
        }).get();
        List<String> before = List.of();
        for (int reading = 0; reading < 20; reading++) {
            WaitForAsyncUtils.waitForFxEvents(5);
            List<String> now = WaitForAsyncUtils.asyncFx(() -> {
                root.applyCss();
                root.layout();
                return ComputedStyles.of(root);
            }).get();
            if (now.equals(before)) {
                WaitForAsyncUtils.asyncFx(stage[0]::close).get();
                return now;
            }
            before = now;
        }
        throw new AssertionError("the window did not come to rest");
    }

    private Parent mainWindow(Stage stage) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        Session session = new Session(WorkspaceOpener.openOrCreateWithSeeds(tempDir.resolve("w" + System.nanoTime() + ".tmdb")));
        DesktopApp.install(stage, session, new SyncTaskExecutor(), new RecordingDialogService(),
                new SettingsStore(tempDir.resolve("settings" + System.nanoTime())));
        stage.setOnHidden(e -> session.close());
        return stage.getScene().getRoot();
    }
}
