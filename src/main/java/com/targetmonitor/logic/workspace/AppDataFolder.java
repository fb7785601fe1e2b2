package com.targetmonitor.logic.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the application keeps the user's workspace, settings and logs: never the install folder,
 * so an upgrade keeps the data. %LOCALAPPDATA%\TargetMonitor on Windows, $XDG_DATA_HOME/target-monitor
 * (default ~/.local/share/target-monitor) on Linux, ~/Library/Application Support/TargetMonitor on macOS.
 * The system property {@code targetmonitor.home} overrides it (tests, portable use).
 */
public final class AppDataFolder {

    public static final String OVERRIDE_PROPERTY = "targetmonitor.home";
    public static final String DEFAULT_WORKSPACE_NAME = "workspace.tmdb";

    private AppDataFolder() {
    }

    public static Path resolve() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."),
                System.getProperty(OVERRIDE_PROPERTY));
    }

    static Path resolve(String osName, Map<String, String> env, String userHome, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return local != null && !local.isBlank()
                    ? Path.of(local, "TargetMonitor")
                    : Path.of(userHome, "AppData", "Local", "TargetMonitor");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "TargetMonitor");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "target-monitor")
                : Path.of(userHome, ".local", "share", "target-monitor");
    }

    /** The workspace opened when the user has not chosen another. */
    public static Path defaultWorkspace() {
        return resolve().resolve(DEFAULT_WORKSPACE_NAME);
    }
}
