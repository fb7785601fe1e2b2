package com.targetmonitor.app;

import com.targetmonitor.cli.Cli;
import com.targetmonitor.logic.workspace.AppDataFolder;
import com.targetmonitor.persistence.SqliteNativeLibrary;

/**
 * The main class. It must not extend javafx.application.Application: on the class path the JavaFX
 * launcher would then refuse to start ("JavaFX runtime components are missing"). With no arguments it
 * opens the desktop window, and so it does with one workspace file (it then opens that file); with a
 * sub-command it works on the command line without starting JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals(ClassDataArchive.MAKE_OPTION)) {
            // The .deb's postinst, as root: nothing of a user's data folder is touched.
            ClassDataArchive.main(args);
            return;
        }
        // A single workspace file is what double-clicking a .tmdb file (the installers' file type) passes.
        if (args.length == 0 || WorkspaceArgument.of(args).isPresent()) {
            DesktopApp.launchDesktop(args); // it readies SQLite's library while the toolkit starts
            return;
        }
        unpackNativeLibrary();
        System.exit(Cli.run(args));
    }

    /** SQLite's native library from the application-data folder, unpacked once, not on every start. */
    public static void unpackNativeLibrary() {
        SqliteNativeLibrary.useCopyIn(AppDataFolder.resolve().resolve("native"));
    }
}
