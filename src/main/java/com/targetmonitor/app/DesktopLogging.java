package com.targetmonitor.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.util.StatusPrinter2;
import java.net.URL;
import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Where the desktop application logs: a rolling file {@value #LOG_FILE} in the {@value #LOG_FOLDER}
 * folder of the application-data folder (10 files of 5 MB at most), plus warnings on stderr. The
 * command line and the tests never call this and keep {@code logback.xml}: warnings on stderr only,
 * no file in the user's folder.
 */
public final class DesktopLogging {

    public static final String LOG_FOLDER = "logs";
    public static final String LOG_FILE = "target-monitor.log";
    /** The desktop configuration. Logback picks up only logback-test.xml and logback.xml by itself. */
    static final String DESKTOP_CONFIG = "/logback-desktop.xml";
    static final String DEFAULT_CONFIG = "/logback.xml";
    /** The property logback-desktop.xml reads the folder from. */
    static final String LOG_DIR_PROPERTY = "TM_LOG_DIR";

    private DesktopLogging() {
    }

    /**
     * Switches logging to the rolling file in {@code appDataFolder}/logs. Never throws: without a
     * log file the program still works, and logback reports its own trouble on stderr.
     *
     * @return the log file
     */
    public static Path start(Path appDataFolder) {
        Path folder = appDataFolder.resolve(LOG_FOLDER).toAbsolutePath();
        // Forward slashes: logback's file name patterns take a backslash as an escape character.
        configure(DESKTOP_CONFIG, folder.toString().replace('\\', '/'));
        return folder.resolve(LOG_FILE);
    }

    /** Back to the command line's configuration (stderr only), closing the log file. */
    public static void reset() {
        configure(DEFAULT_CONFIG, null);
    }

    private static void configure(String resource, String logDir) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext context)) {
            return; // another SLF4J binding: it has its own configuration
        }
        URL config = DesktopLogging.class.getResource(resource);
        if (config == null) {
            System.err.println("Target Monitor: missing logging configuration " + resource);
            return;
        }
        context.reset();
        if (logDir != null) {
            context.putProperty(LOG_DIR_PROPERTY, logDir);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(config);
        } catch (JoranException e) {
            // Logback has recorded the problem in its status list, printed below.
        }
        new StatusPrinter2().printInCaseOfErrorsOrWarnings(context);
    }
}
