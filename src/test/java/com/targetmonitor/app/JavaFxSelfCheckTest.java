package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.selftest.CheckResult;
import com.targetmonitor.logic.selftest.SelfTestContext;
import com.targetmonitor.logic.status.PlanStatus;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The self-test's JavaFX check: skipped without a display, and its drawing, on Monocle. */
@ExtendWith(ApplicationExtension.class)
class JavaFxSelfCheckTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // the toolkit is running (headless Monocle); nothing to show
    }

    @Test
    void withoutADisplayItIsSkippedNotFailed() throws Exception {
        // The tests run with java.awt.headless=true, as a server or CI without a display does.
        CheckResult result = new JavaFxSelfCheck().run(SelfTestContext.in(dir));
        assertThat(result).isEqualTo(CheckResult.skip("no display"));
    }

    @Test
    void drawsTheReportChartsOfTheDemoPlan() throws Exception {
        PlanStatus status = SelfTestContext.in(dir).demoStatus();
        String detail = WaitForAsyncUtils.asyncFx(() -> JavaFxSelfCheck.drawCharts(status)).get();
        assertThat(detail).matches("drew 2 report charts \\(up to \\d+x\\d+ px\\) with .+");
    }
}
