package com.targetmonitor.ui;

import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The look of the application: the AtlantaFX PrimerLight theme plus {@value #STYLESHEET}. The theme is
 * loaded as the build trimmed it ({@value #THEME}, {@link ThemeCompiler}): the same rules for every node
 * the app can show, without those for controls it never makes, which JavaFX would otherwise check every
 * node against (ADR 0023).
 */
public final class AppTheme {

    /** The application's stylesheet, on the class path. */
    public static final String STYLESHEET = "/css/app.css";

    /** The theme as the build trimmed it, on the class path. */
    public static final String THEME = "/css/theme.css";

    private AppTheme() {
    }

    /** Sets the theme for every window of the application. Call on the JavaFX application thread. */
    public static void install() {
        Application.setUserAgentStylesheet(themeUrl());
    }

    /** The trimmed theme; AtlantaFX's own where the build did not make one (a run from an IDE's classes). */
    public static String themeUrl() {
        URL theme = AppTheme.class.getResource(THEME);
        return theme != null ? theme.toExternalForm() : new PrimerLight().getUserAgentStylesheet();
    }

    /** Adds the application's stylesheet to a scene. */
    public static void style(Scene scene) {
        String css = stylesheetUrl().toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }

    static URL stylesheetUrl() {
        return Objects.requireNonNull(AppTheme.class.getResource(STYLESHEET), "missing " + STYLESHEET);
    }
}
