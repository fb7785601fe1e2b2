package com.targetmonitor.ui;

import atlantafx.base.theme.PrimerLight;
import java.net.URL;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look of the application: the AtlantaFX PrimerLight theme plus {@value #STYLESHEET}. */
public final class AppTheme {

    /** The application's stylesheet, on the class path. */
    public static final String STYLESHEET = "/css/app.css";

    private AppTheme() {
    }

    /** Sets the theme for every window of the application. Call on the JavaFX application thread. */
    public static void install() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
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
