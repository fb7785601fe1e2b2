package com.targetmonitor.logic.selftest;

import com.targetmonitor.logic.workspace.AppDataFolder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder that holds the user's workspaces, settings and logs can be written, and lies outside
 * the install folder: an upgrade replaces, and an uninstall removes, the install folder whole, so
 * data kept there would be lost. Only reads: the folder is created by the application's first start.
 */
final class DataFolderCheck implements SelfCheck {

    /** Set by the jpackage launcher: the path of the launcher that started this runtime. */
    static final String APP_PATH_PROPERTY = "jpackage.app-path";

    @Override
    public String name() {
        return "data";
    }

    @Override
    public CheckResult run(SelfTestContext context) throws URISyntaxException {
        Path appJar = Path.of(SelfTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Optional<Path> install = installFolder(System.getProperty(APP_PATH_PROPERTY),
                Path.of(System.getProperty("java.home")), appJar);
        return check(AppDataFolder.resolve(), install);
    }

    static CheckResult check(Path dataFolder, Optional<Path> installFolder) {
        Path folder = dataFolder.toAbsolutePath().normalize();
        if (installFolder.isPresent() && folder.startsWith(installFolder.get())) {
            return CheckResult.fail(folder + " is inside the install folder " + installFolder.get()
                    + "; an upgrade or uninstall would remove the user's workspaces");
        }
        Path existing = folder;
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isWritable(existing)) {
            return CheckResult.fail("cannot write to " + (existing == null ? folder : existing)
                    + ", where workspaces, settings and logs are kept (" + folder + ")");
        }
        String state = existing.equals(folder) ? "writable" : "writable, created on first start";
        return CheckResult.ok(folder + " (" + state
                + installFolder.map(i -> ", outside the install folder " + i).orElse("") + ")");
    }

    /**
     * The install folder when running from a packaged image (the launcher sets {@value #APP_PATH_PROPERTY}):
     * the folder holding the launcher, the bundled runtime and the application's jar
     * (/opt/target-monitor; %LOCALAPPDATA%\Programs\TargetMonitor). Empty when run from a development
     * build, where there is no install folder to keep data out of.
     */
    static Optional<Path> installFolder(String appPath, Path javaHome, Path appJar) {
        if (appPath == null || appPath.isBlank()) {
            return Optional.empty();
        }
        Path common = Path.of(appPath).toAbsolutePath().normalize().getParent();
        for (Path other : new Path[] {javaHome, appJar}) {
            Path p = other.toAbsolutePath().normalize();
            while (common != null && !p.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common == null || common.getParent() == null ? Optional.empty() : Optional.of(common);
    }
}
