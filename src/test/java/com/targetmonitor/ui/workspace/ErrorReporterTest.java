package com.targetmonitor.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.ui.I18n;
import com.targetmonitor.ui.dialog.RecordingDialogService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unexpected failures reach the user once, without burying the window under dialogs. */
class ErrorReporterTest {

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final ErrorReporter reporter = new ErrorReporter(dialogs, fxQueue::add);

    @BeforeEach
    void chinese() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aFailureIsShownOnTheFxThreadWithItsMessage() {
        reporter.report(new IllegalStateException("计算出错"));

        assertThat(dialogs.shown()).isEmpty(); // not on the reporting thread
        runQueued();
        assertThat(dialogs.shown()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("exception");
            assertThat(s.title()).isEqualTo("程序出现意外错误");
            assertThat(s.message()).isEqualTo("计算出错");
        });
    }

    @Test
    void whileOneIsShownTheNextAreOnlyLogged() {
        reporter.uncaught(Thread.currentThread(), new IllegalStateException("第一个"));
        reporter.uncaught(Thread.currentThread(), new IllegalStateException("第二个"));
        assertThat(fxQueue).hasSize(1);
        runQueued();

        reporter.report(new IllegalStateException("第三个"));
        runQueued();

        assertThat(dialogs.shown()).extracting(RecordingDialogService.Shown::message).containsExactly("第一个", "第三个");
    }

    @Test
    void withoutAToolkitTheFailureIsOnlyLogged() {
        ErrorReporter noToolkit = new ErrorReporter(dialogs, r -> {
            throw new IllegalStateException("Toolkit not initialized");
        });

        noToolkit.report(new RuntimeException("x"));
        noToolkit.report(new RuntimeException("y"));

        assertThat(dialogs.shown()).isEmpty();
    }

    private void runQueued() {
        List<Runnable> queued = List.copyOf(fxQueue);
        fxQueue.clear();
        queued.forEach(Runnable::run);
    }
}
