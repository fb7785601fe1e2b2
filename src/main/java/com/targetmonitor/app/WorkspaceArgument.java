package com.targetmonitor.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The workspace file the desktop opens when it is started with one: double-clicking a .tmdb file
 * starts the installed launcher with its path (Windows) or its file: URI (Linux desktops).
 * Any other argument is a command-line sub-command.
 */
final class WorkspaceArgument {

    static final String EXTENSION = ".tmdb";

    private WorkspaceArgument() {
    }

    /** The workspace file named by the arguments, when they are exactly one workspace file. */
    static Optional<Path> of(String... args) {
        if (args == null || args.length != 1 || args[0] == null) {
            return Optional.empty();
        }
        String arg = args[0].strip();
        if (!arg.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            return Optional.empty();
        }
        try {
            if (arg.regionMatches(true, 0, "file:", 0, 5)) {
                return Optional.of(Path.of(URI.create(arg)));
            }
            return Optional.of(Path.of(arg).toAbsolutePath());
        } catch (IllegalArgumentException e) { // a malformed URI or path (InvalidPathException)
            return Optional.empty(); // not a path: left to the command line, which says what is wrong
        }
    }
}
