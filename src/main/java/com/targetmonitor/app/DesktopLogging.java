package com.targetmonitor.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import ch.qos.logback.core.util.StatusPrinter2;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Where the desktop application logs: a rolling file {@value #LOG_FILE} in the {@value #LOG_FOLDER}
 * folder of the application-data folder (daily and at 5 MB; at most 10 old files and 50 MB in all), plus
 * warnings on stderr. The command line and the tests never call this and keep the set-up of
 * {@link StderrLogConfigurator}: warnings on stderr only, no file in the user's folder.
 *
 * <p>Set up in code, as the command line's is: reading an XML configuration loads logback's Joran machinery,
 * about 0.1 s of CPU on the thread that then starts the JavaFX toolkit, before anything of the window can
 * begin (async-profiler, the desktop start with the class-data archive).
 */
public final class DesktopLogging {

    public static final String LOG_FOLDER = "logs";
    public static final String LOG_FILE = "target-monitor.log";
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    private static final String STDERR_PATTERN = "%d{HH:mm:ss} %-5level %logger{20} - %msg%n";

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
        Path file = folder.resolve(LOG_FILE);
        LoggerContext context = context();
        if (context == null) {
            return file;
        }
        context.reset();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(rollingFile(context, folder, file));
        root.addAppender(warningsOnStderr(context));
        new StatusPrinter2().printInCaseOfErrorsOrWarnings(context);
        return file;
    }

    /** Back to the command line's configuration (stderr only), closing the log file. */
    public static void reset() {
        LoggerContext context = context();
        if (context == null) {
            return;
        }
        context.reset();
        try {
            // As at start: StderrLogConfigurator, or a logback-test.xml where there is one.
            new ContextInitializer(context).autoConfig();
        } catch (JoranException e) {
            // Logback has recorded the problem in its status list.
        }
    }

    /** Logback's context, or null under another SLF4J binding (it has its own configuration). */
    private static LoggerContext context() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        return factory instanceof LoggerContext context ? context : null;
    }

    private static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext context, Path folder, Path file) {
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("FILE");
        appender.setFile(file.toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        // Forward slashes: logback's file name patterns take a backslash as an escape character.
        policy.setFileNamePattern(folder.toString().replace('\\', '/') + "/target-monitor.%d{yyyy-MM-dd}.%i.log");
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(10);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder(context, FILE_PATTERN));
        appender.start();
        return appender;
    }

    private static ConsoleAppender<ILoggingEvent> warningsOnStderr(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("STDERR");
        appender.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(Level.WARN.levelStr);
        warnings.start();
        appender.addFilter(warnings);
        appender.setEncoder(encoder(context, STDERR_PATTERN));
        appender.start();
        return appender;
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }
}
