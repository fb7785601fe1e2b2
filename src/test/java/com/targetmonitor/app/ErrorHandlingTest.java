package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import com.targetmonitor.logic.workspace.AppDataFolder;
import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An exception nobody catches, on any thread, is written to the desktop log file and shown in a
 * dialog, and the application goes on. Runs in a temporary application-data folder and puts the
 * command line's logging back afterwards.
 */
class ErrorHandlingTest {

    @TempDir
    Path home;

    private String homeBefore;
    private RecordingDialogService dialogs;
    private ErrorHandling installed;
    private Path logFile;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void install() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        homeBefore = System.getProperty(AppDataFolder.OVERRIDE_PROPERTY);
        System.setProperty(AppDataFolder.OVERRIDE_PROPERTY, home.toString());
        logFile = DesktopLogging.start(AppDataFolder.resolve());
        dialogs = new RecordingDialogService();
        installed = ErrorHandling.install(dialogs);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void restore() {
        installed.uninstall();
        WaitForAsyncUtils.waitForFxEvents();
        DesktopLogging.reset();
        if (homeBefore == null) {
            System.clearProperty(AppDataFolder.OVERRIDE_PROPERTY);
        } else {
            System.setProperty(AppDataFolder.OVERRIDE_PROPERTY, homeBefore);
        }
    }

    @Test
    void anExceptionOnAThreadIsLoggedToTheFileAndShown() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("测试：工作线程中的意外错误");
        }, "import-worker");
        worker.start();
        worker.join(TimeUnit.SECONDS.toMillis(10));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(logFile).isEqualTo(home.resolve("logs").resolve("target-monitor.log").toAbsolutePath());
        String log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertThat(log).contains("import-worker").contains("java.lang.IllegalStateException")
                .contains("测试：工作线程中的意外错误");
        assertThat(dialogs.shown()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("exception");
            assertThat(s.title()).isEqualTo("程序出现意外错误");
            assertThat(s.message()).isEqualTo("测试：工作线程中的意外错误");
        });
    }

    @Test
    void anExceptionOnTheFxThreadIsShownAndTheApplicationGoesOn() throws Exception {
        Platform.runLater(() -> {
            throw new IllegalArgumentException("测试：事件处理中的意外错误");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::message)
                .containsExactly("测试：事件处理中的意外错误");
        assertThat(Files.readString(logFile, StandardCharsets.UTF_8)).contains("测试：事件处理中的意外错误");
        // The FX thread is alive and still runs work.
        assertThat(WaitForAsyncUtils.asyncFx(() -> "still running").get(5, TimeUnit.SECONDS)).isEqualTo("still running");
    }

    @Test
    void afterResetNothingMoreIsWrittenToTheFile() throws Exception {
        LoggerFactory.getLogger(ErrorHandlingTest.class).warn("desktop line");
        DesktopLogging.reset();

        LoggerFactory.getLogger(ErrorHandlingTest.class).warn("command line line");

        String log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertThat(log).contains("desktop line").doesNotContain("command line line");
    }

    @Test
    void theCommandLineConfigurationLogsToStderrOnly(@TempDir Path otherHome) {
        DesktopLogging.reset();
        System.setProperty(AppDataFolder.OVERRIDE_PROPERTY, otherHome.toString());

        LoggerFactory.getLogger(ErrorHandlingTest.class).error("to stderr only");

        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appenders::add);
        assertThat(appenders).isNotEmpty().allMatch(a -> a instanceof ConsoleAppender);
        assertThat(otherHome.resolve("logs")).doesNotExist();
    }
}
