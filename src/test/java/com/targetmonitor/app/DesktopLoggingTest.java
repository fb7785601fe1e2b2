package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import com.targetmonitor.logic.workspace.AppDataFolder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The desktop's log file, set up in code: what the XML configuration it replaces said. */
class DesktopLoggingTest {

    @TempDir
    Path home;

    @AfterEach
    void back() {
        DesktopLogging.reset();
    }

    @Test
    void infoGoesToTheFileInItsPatternAndOnlyWarningsToStderr() throws Exception {
        Path file = DesktopLogging.start(home);
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            org.slf4j.Logger log = LoggerFactory.getLogger("com.targetmonitor.probe");
            log.debug("调试：不记");
            log.info("信息：只进文件");
            log.warn("警告：两处都有");
        } finally {
            System.setErr(stderr);
        }

        assertThat(file).isEqualTo(home.resolve("logs").resolve("target-monitor.log").toAbsolutePath());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main\\] "
                + "com\\.targetmonitor\\.probe - 信息：只进文件");
        assertThat(lines.get(1)).endsWith("WARN  [main] com.targetmonitor.probe - 警告：两处都有");
        String err = captured.toString(StandardCharsets.UTF_8);
        assertThat(err).matches("(?s)\\d\\d:\\d\\d:\\d\\d WARN  c\\.t\\.probe - 警告：两处都有\\R");
    }

    @Test
    void theFileRollsDailyKeepingTenOldFilesAndLogbackReportsNoTrouble() {
        DesktopLogging.start(home);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appenders::add);

        assertThat(appenders).hasSize(2);
        RollingFileAppender<ILoggingEvent> file = appenders.stream().filter(a -> a instanceof RollingFileAppender)
                .map(a -> (RollingFileAppender<ILoggingEvent>) a).findFirst().orElseThrow();
        assertThat(file.isStarted()).isTrue();
        SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
        assertThat(policy.isStarted()).isTrue();
        assertThat(policy.getFileNamePattern()).isEqualTo(
                home.resolve("logs").toAbsolutePath().toString().replace('\\', '/') + "/target-monitor.%d{yyyy-MM-dd}.%i.log");
        assertThat(policy.getMaxHistory()).isEqualTo(10);
        assertThat(context.getStatusManager().getCopyOfStatusList())
                .noneMatch(s -> s.getLevel() >= ch.qos.logback.core.status.Status.WARN && s.getDate() >= startOfTest);
    }

    @Test
    void theDesktopsPreparationReadiesTheLogFile() {
        String before = System.getProperty(AppDataFolder.OVERRIDE_PROPERTY);
        System.setProperty(AppDataFolder.OVERRIDE_PROPERTY, home.toString());
        try {
            DesktopPreparation.start(AppDataFolder.resolve()).await();
        } finally {
            if (before == null) {
                System.clearProperty(AppDataFolder.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(AppDataFolder.OVERRIDE_PROPERTY, before);
            }
        }
        org.slf4j.LoggerFactory.getLogger("com.targetmonitor.probe").info("准备好了");
        assertThat(home.resolve("logs").resolve(DesktopLogging.LOG_FILE)).content().contains("准备好了");
    }

    private final long startOfTest = System.currentTimeMillis();
}
