package com.targetmonitor.app;

import com.targetmonitor.logic.report.ReportChart;
import com.targetmonitor.logic.selftest.CheckResult;
import com.targetmonitor.logic.selftest.SelfCheck;
import com.targetmonitor.logic.selftest.SelfTestContext;
import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.ui.AppTheme;
import com.targetmonitor.ui.charts.ReportCharts;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javax.imageio.ImageIO;

/**
 * The self-test's JavaFX check: starts the JavaFX toolkit on this machine's display and draws the
 * report's charts of the demo plan off screen, as printing a report from the window does. It needs
 * the native windowing libraries (GTK on Linux) and a display, so where there is none (a server, CI)
 * it is skipped rather than failed.
 *
 * <p>It lives in the application, not the command line, because the command line must not use
 * JavaFX; the self-test finds it through {@code META-INF/services} (see {@code SelfTest.installedChecks}).
 */
public final class JavaFxSelfCheck implements SelfCheck {

    static final long TIMEOUT_SECONDS = 60;

    @Override
    public String name() {
        return "javafx";
    }

    @Override
    public CheckResult run(SelfTestContext context) throws Exception {
        // Headless when java.awt.headless is set, or on Linux when DISPLAY is not.
        if (GraphicsEnvironment.isHeadless()) {
            return CheckResult.skip("no display");
        }
        PlanStatus status = context.demoStatus();
        CompletableFuture<String> drawn = new CompletableFuture<>();
        Runnable draw = () -> {
            try {
                drawn.complete(drawCharts(status));
            } catch (Exception | LinkageError e) {
                drawn.completeExceptionally(e);
            }
        };
        boolean started = startToolkit(draw);
        try {
            return CheckResult.ok(drawn.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            return CheckResult.fail("JavaFX did not draw the charts within " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            if (started) {
                Platform.exit(); // never inside the startup runnable: that hangs the JVM on Linux
            }
        }
    }

    /** Starts the toolkit and runs {@code first} on it; false when it was already running (then left running). */
    private static boolean startToolkit(Runnable first) {
        try {
            Platform.startup(first);
            return true;
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(first);
            return false;
        }
    }

    /**
     * Draws the report's charts of a plan and checks the pictures are not blank. Call on the JavaFX
     * application thread.
     *
     * @return what was drawn, for the self-test's line
     */
    static String drawCharts(PlanStatus status) throws IOException {
        AppTheme.install();
        List<ReportChart> charts = ReportCharts.snapshot(status);
        if (charts.isEmpty()) {
            throw new IllegalStateException("the demo plan gave no chart to draw");
        }
        int width = 0;
        int height = 0;
        for (ReportChart chart : charts) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
            if (image == null || colours(image) < 3) {
                throw new IllegalStateException("the chart \"" + chart.caption() + "\" came out blank");
            }
            width = Math.max(width, image.getWidth());
            height = Math.max(height, image.getHeight());
        }
        return "drew " + charts.size() + " report charts (up to " + width + "x" + height + " px) with "
                + "JavaFX " + System.getProperty("javafx.runtime.version", "");
    }

    /** How many distinct colours a sample of the picture holds (a blank picture has one). */
    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        int stepX = Math.max(1, image.getWidth() / 200);
        int stepY = Math.max(1, image.getHeight() / 200);
        for (int y = 0; y < image.getHeight() && seen.size() < 16; y += stepY) {
            for (int x = 0; x < image.getWidth() && seen.size() < 16; x += stepX) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
