package com.targetmonitor.app;

import com.targetmonitor.cli.Cli;

/**
 * The main class. It must not extend javafx.application.Application: on the class path the JavaFX
 * launcher would then refuse to start ("JavaFX runtime components are missing"). With no arguments it
 * opens the desktop window; with a sub-command it works on the command line without starting JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            DesktopApp.launchDesktop(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
